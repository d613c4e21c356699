import type { FieldError } from '../../core/forms/form-errors';
import type { CreateDutyRosterRequest, DeclareUnavailabilityRequest, DutyShiftView, DutySwapKind, RequestDutySwapRequest } from '@julu/contracts';

/** What a person fills in to ask for 替班 (someone takes their shift) or 换班 (two shifts change hands). */
export interface SwapForm {
  kind: DutySwapKind;
  shiftId: string;
  toUserId: string;
  /** 换班 only: the colleague's shift the person takes in return. */
  counterpartShiftId: string;
  reason: string;
}

export interface UnavailabilityForm {
  from: string;
  to: string;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export const isOnShift = (shift: DutyShiftView, userId: string): boolean => shift.leader.id === userId || shift.staff.some((p) => p.id === userId);

/** Shifts that may still change hands (not started, roster not closed, not in the past), earliest first. */
export function swappableShifts(shifts: readonly DutyShiftView[], userId: string, today: string): DutyShiftView[] {
  return shifts.filter((s) => s.status === 'PLANNED' && s.rosterStatus !== 'CLOSED' && s.date >= today && isOnShift(s, userId)).sort((a, b) => a.startAt.localeCompare(b.startAt));
}

/** The controls of the 换班/替班 request, in reading order (API names; `fromUserId` is the person). */
export const SWAP_FIELDS = ['kind', 'shiftId', 'toUserId', 'counterpartShiftId', 'reason'] as const;

/** What the API would refuse in a 换班/替班 request (worded as the API words it), each on its control. */
export function swapFormErrors(form: SwapForm, myId: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.shiftId) errors.push({ field: 'shiftId', message: '请选择要调换的班次' });
  if (!form.toUserId) errors.push({ field: 'toUserId', message: '请选择替换人' });
  else if (form.toUserId === myId) errors.push({ field: 'toUserId', message: '替换人不能是本人' });
  if (form.kind === 'EXCHANGE' && !form.counterpartShiftId) errors.push({ field: 'counterpartShiftId', message: '换班请选择对方的班次' });
  else if (form.kind === 'EXCHANGE' && form.counterpartShiftId === form.shiftId) errors.push({ field: 'counterpartShiftId', message: '对方的班次不能与本人的班次相同' });
  if (form.reason.trim().length < 2) errors.push({ field: 'reason', message: '请填写换班（替班）事由（至少 2 个字）' });
  return errors;
}

/** The request the API expects, or the first thing the person still has to fix. */
export function swapRequestOf(form: SwapForm, myId: string): Checked<RequestDutySwapRequest> {
  const [first] = swapFormErrors(form, myId);
  if (first) return { ok: false, problem: first.message };
  const request: RequestDutySwapRequest = { kind: form.kind, shiftId: form.shiftId, fromUserId: myId, toUserId: form.toUserId, reason: form.reason.trim() };
  return { ok: true, value: form.kind === 'EXCHANGE' ? { ...request, counterpartShiftId: form.counterpartShiftId } : request };
}

export const UNAVAILABILITY_FIELDS = ['from', 'to', 'reason'] as const;

/** What the API would refuse in a 不能值班 declaration (its DTO and service), each on its control. */
export function unavailabilityFormErrors(form: UnavailabilityForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.from) errors.push({ field: 'from', message: '请选择开始日期' });
  if (!form.to) errors.push({ field: 'to', message: '请选择结束日期' });
  else if (form.from && form.from > form.to) errors.push({ field: 'to', message: '结束日期不能早于开始日期' });
  if (form.reason.trim().length < 2) errors.push({ field: 'reason', message: '请填写不能值班的原因（至少 2 个字，如：请假、出差）' });
  return errors;
}

export function unavailabilityRequestOf(form: UnavailabilityForm): Checked<DeclareUnavailabilityRequest> {
  const [first] = unavailabilityFormErrors(form);
  if (first) return { ok: false, problem: first.message };
  return { ok: true, value: { from: form.from, to: form.to, reason: form.reason.trim() } };
}

/** What the roster form holds; `peoplePerShift` counts everyone on duty in a shift, the 带班领导 included. */
export interface RosterForm {
  unitId: string;
  dateFrom: string;
  dateTo: string;
  pattern: CreateDutyRosterRequest['pattern'];
  periodId: string;
  leaderIds: string[];
  staffIds: string[];
  peoplePerShift: number;
  dutyPhone: string;
}

/** The controls of the roster form, in reading order; the API's `staffPerShift` is shown on 每班值班人数. */
export const ROSTER_FIELDS = ['dateFrom', 'dateTo', 'pattern', 'periodId', 'leaderIds', 'staffIds', 'peoplePerShift', 'dutyPhone'] as const;
export const ROSTER_API_FIELDS: Readonly<Record<string, string>> = { staffPerShift: 'peoplePerShift' };

/** What the API would refuse in the roster to generate, each on its control; [] = fine. */
export function rosterFormErrors(form: RosterForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.dateFrom) errors.push({ field: 'dateFrom', message: '请选择开始日期' });
  if (!form.dateTo) errors.push({ field: 'dateTo', message: '请选择结束日期' });
  else if (form.dateFrom && form.dateFrom > form.dateTo) errors.push({ field: 'dateTo', message: '结束日期不能早于开始日期' });
  if (form.leaderIds.length === 0) errors.push({ field: 'leaderIds', message: '请至少选择一名带班领导' });
  const people = Number(form.peoplePerShift);
  if (!Number.isInteger(people) || people < 1 || people > 21) errors.push({ field: 'peoplePerShift', message: '每班值班人数应为 1 至 21 人（含带班领导）' });
  else if (people - 1 > form.staffIds.length)
    errors.push({ field: 'staffIds', message: `每班 ${people} 人需带班领导 1 人和值班人员 ${people - 1} 人，但值班人员只选了 ${form.staffIds.length} 人` });
  return errors;
}

/**
 * The roster request, or the first thing to fix. 每班值班人数 on the form is everyone on duty in a
 * shift, the 带班领导 included (a one-person township: 1, the officer leads and stands the watch
 * alone); the API's `staffPerShift` counts the 值班人员 besides the leader, so it is one less.
 */
export function rosterRequestOf(form: RosterForm): Checked<CreateDutyRosterRequest> {
  const [first] = rosterFormErrors(form);
  if (first) return { ok: false, problem: first.message };
  const request: CreateDutyRosterRequest = {
    unitId: form.unitId,
    dateFrom: form.dateFrom,
    dateTo: form.dateTo,
    pattern: form.pattern,
    leaderIds: form.leaderIds,
    staffIds: form.staffIds,
    staffPerShift: Number(form.peoplePerShift) - 1,
  };
  return { ok: true, value: { ...request, ...(form.periodId ? { periodId: form.periodId } : {}), ...(form.dutyPhone ? { dutyPhone: form.dutyPhone } : {}) } };
}
