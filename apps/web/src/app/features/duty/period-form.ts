import { DUTY_SHIFT_PATTERNS, SENSITIVE_PERIOD_SCOPES, type SensitivePeriodRequest, type SensitivePeriodView } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The controls of 修改敏感节点, in reading order (API names). */
export const PERIOD_FIELDS = ['name', 'level', 'scope', 'startOn', 'endOn', 'shiftPattern', 'reportDueTime', 'notes'] as const;

export const periodFormOf = (p: SensitivePeriodView): SensitivePeriodRequest => ({
  name: p.name,
  level: p.level,
  scope: p.scope,
  startOn: p.startOn,
  endOn: p.endOn,
  shiftPattern: p.shiftPattern,
  reportDueTime: p.reportDueTime,
  notes: p.notes,
});

const addYear = (day: string): string => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

function dayProblem(value: string, missing: string, malformed: string): string | null {
  if (!value) return missing;
  return DAY.test(value) ? null : malformed;
}

/**
 * What the API would refuse in a 敏感节点 (SensitivePeriodDto and the service's date rules), each
 * on its control; [] = fine. The name and notes are taken trimmed, as they are sent.
 */
export function periodFormErrors(form: SensitivePeriodRequest): FieldError[] {
  const errors: FieldError[] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', message: '请填写节点名称' });
  else if (name.length > 50) errors.push({ field: 'name', message: '节点名称不超过 50 个字，请删减' });
  if (![1, 2, 3].includes(form.level)) errors.push({ field: 'level', message: '请选择等级' });
  if (!SENSITIVE_PERIOD_SCOPES.includes(form.scope)) errors.push({ field: 'scope', message: '请选择范围' });
  const start = dayProblem(form.startOn, '请选择开始日期', '开始日期应为 YYYY-MM-DD');
  if (start) errors.push({ field: 'startOn', message: start });
  const end = dayProblem(form.endOn, '请选择结束日期', '结束日期应为 YYYY-MM-DD');
  if (end) errors.push({ field: 'endOn', message: end });
  else if (!start && form.startOn > form.endOn) errors.push({ field: 'endOn', message: '结束日期不能早于开始日期' });
  else if (!start && form.endOn > addYear(form.startOn)) errors.push({ field: 'endOn', message: '一个敏感节点最长一年' });
  if (!DUTY_SHIFT_PATTERNS.includes(form.shiftPattern)) errors.push({ field: 'shiftPattern', message: '请选择值班方式' });
  if (!form.reportDueTime) errors.push({ field: 'reportDueTime', message: '请选择日报截止时间' });
  else if (!TIME.test(form.reportDueTime)) errors.push({ field: 'reportDueTime', message: '日报截止时间应为 HH:MM，例如 16:30' });
  if ((form.notes ?? '').trim().length > 500) errors.push({ field: 'notes', message: '说明不超过 500 个字，请删减' });
  return errors;
}

/** The period as the API takes it: name and notes trimmed. */
export const periodRequestOf = (form: SensitivePeriodRequest): SensitivePeriodRequest => ({ ...form, name: form.name.trim(), notes: form.notes?.trim() ?? '' });
