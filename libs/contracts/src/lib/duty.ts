/** 值班 (DOMAIN.md §3): sensitive periods, rosters and shifts, daily reports, subsidies, return escorts. */

export const DUTY_SHIFT_PATTERNS = ['H24', 'DAY_NIGHT'] as const;
export type DutyShiftPattern = (typeof DUTY_SHIFT_PATTERNS)[number];
export const DUTY_SHIFT_PATTERN_LABELS: Record<DutyShiftPattern, string> = { H24: '24小时值班', DAY_NIGHT: '白班/夜班' };

export type DutyShiftType = 'H24' | 'DAY' | 'NIGHT';
export const DUTY_SHIFT_TYPE_LABELS: Record<DutyShiftType, string> = { H24: '全天', DAY: '白班', NIGHT: '夜班' };

export const SENSITIVE_PERIOD_SCOPES = ['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY'] as const;
export type SensitivePeriodScope = (typeof SENSITIVE_PERIOD_SCOPES)[number];
export const SENSITIVE_PERIOD_SCOPE_LABELS: Record<SensitivePeriodScope, string> = { NATIONAL: '全国', PROVINCIAL: '省级', CITY: '市级', COUNTY: '县级' };
export const SENSITIVE_PERIOD_LEVEL_LABELS: Record<1 | 2 | 3, string> = { 1: '一级', 2: '二级', 3: '三级' };

export type DutyRosterStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';
export const DUTY_ROSTER_STATUS_LABELS: Record<DutyRosterStatus, string> = { DRAFT: '草稿', PUBLISHED: '已发布', CLOSED: '已关闭' };

export type DutyShiftStatus = 'PLANNED' | 'ON_DUTY' | 'COMPLETED' | 'MISSED';
export const DUTY_SHIFT_STATUS_LABELS: Record<DutyShiftStatus, string> = { PLANNED: '待上岗', ON_DUTY: '在岗', COMPLETED: '已完成', MISSED: '缺岗' };

/** 敏感节点 with its duty rules (shift pattern, daily report due time). */
export interface SensitivePeriodView {
  id: string;
  year: number;
  name: string;
  level: 1 | 2 | 3;
  scope: SensitivePeriodScope;
  startOn: string;
  endOn: string;
  shiftPattern: DutyShiftPattern;
  /** `HH:MM`, China time. */
  reportDueTime: string;
  notes: string;
}

export interface SensitivePeriodRequest {
  name: string;
  level: 1 | 2 | 3;
  scope: SensitivePeriodScope;
  startOn: string;
  endOn: string;
  shiftPattern: DutyShiftPattern;
  reportDueTime: string;
  notes?: string;
}

export interface DefaultPeriodsResult {
  created: SensitivePeriodView[];
  /** Names already present for the year (left as the administrator adjusted them). */
  skipped: string[];
  /** Lunar festivals left out until the year's holiday arrangements are entered. */
  needsHolidayYear: string[];
}

export interface DutyPersonRef {
  id: string;
  name: string;
}

/** One rostered person on one shift: checked in and out (COMPLETED), on post, not yet in, or 缺岗. */
export interface DutyAttendanceView {
  person: DutyPersonRef;
  role: 'LEADER' | 'STAFF';
  status: DutyShiftStatus;
  checkInAt: string | null;
  checkOutAt: string | null;
  missedAt: string | null;
}

export interface DutyHandoverView {
  note: string;
  pendingItems: string;
  writtenBy: DutyPersonRef;
  writtenAt: string;
  /** The next shift's check-in acknowledges it (交接班 signed by both). */
  receivedBy: DutyPersonRef | null;
  receivedAt: string | null;
}

export interface DutyShiftView {
  id: string;
  rosterId: string;
  rosterStatus: DutyRosterStatus;
  unitId: string;
  unitName: string;
  date: string;
  type: DutyShiftType;
  startAt: string;
  endAt: string;
  leader: DutyPersonRef;
  staff: DutyPersonRef[];
  dutyPhone: string;
  status: DutyShiftStatus;
  checkInAt: string | null;
  checkedInBy: DutyPersonRef | null;
  checkOutAt: string | null;
  checkedOutBy: DutyPersonRef | null;
  missedAt: string | null;
  /**
   * Each rostered person's own 签到/签退 (DOMAIN.md §3.3): the leader on duty first, then the staff.
   * Completion and the subsidy count these person-shifts, not the shift.
   */
  attendance: DutyAttendanceView[];
  handover: DutyHandoverView | null;
  /** The handover written by the previous shift, for the person checking in. */
  previousHandover: DutyHandoverView | null;
}

export interface DutyRosterSummary {
  id: string;
  unitId: string;
  unitName: string;
  periodId: string | null;
  periodName: string | null;
  dateFrom: string;
  dateTo: string;
  pattern: DutyShiftPattern;
  status: DutyRosterStatus;
  reportDueTime: string;
  shiftCount: number;
  createdAt: string;
}

export interface DutyRosterView extends DutyRosterSummary {
  shifts: DutyShiftView[];
}

export interface DutyRosterPage {
  items: DutyRosterSummary[];
  nextCursor: string | null;
}

/** Generates a draft roster from a template (DOMAIN.md §3.3): leader on duty + staff per shift. */
export interface CreateDutyRosterRequest {
  unitId: string;
  periodId?: string;
  dateFrom: string;
  dateTo: string;
  pattern: DutyShiftPattern;
  leaderIds: string[];
  staffIds: string[];
  staffPerShift: number;
  /** `HH:MM`; default 08:30. */
  dayStart?: string;
  /** `HH:MM`; default 17:30 (DAY_NIGHT). */
  nightStart?: string;
  dutyPhone?: string;
  /** `HH:MM`; default: the period's rule, else DUTY_REPORT_DUE_TIME. */
  reportDueTime?: string;
}

export interface DutyCheckOutRequest {
  handoverNote?: string;
  pendingItems?: string;
}

/** A person who may be put on a unit's roster. */
export interface DutyMemberView {
  id: string;
  name: string;
  role: string;
}

export interface DutyUnavailabilityView {
  id: string;
  unitId: string;
  person: DutyPersonRef;
  from: string;
  to: string;
  reason: string;
  createdAt: string;
}

export interface DeclareUnavailabilityRequest {
  /** Defaults to the caller. */
  userId?: string;
  from: string;
  to: string;
  reason: string;
}

export type DutySwapKind = 'SUBSTITUTE' | 'EXCHANGE';
export const DUTY_SWAP_KIND_LABELS: Record<DutySwapKind, string> = { SUBSTITUTE: '替班', EXCHANGE: '换班' };
export type DutySwapStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export const DUTY_SWAP_STATUS_LABELS: Record<DutySwapStatus, string> = { PENDING: '待审批', APPROVED: '已批准', REJECTED: '未批准' };

export interface DutySwapView {
  id: string;
  kind: DutySwapKind;
  status: DutySwapStatus;
  unitName: string;
  shiftId: string;
  shiftDate: string;
  shiftType: DutyShiftType;
  counterpartShiftId: string | null;
  counterpartDate: string | null;
  from: DutyPersonRef;
  to: DutyPersonRef;
  reason: string;
  requestedBy: DutyPersonRef;
  requestedAt: string;
  decidedBy: DutyPersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface RequestDutySwapRequest {
  kind: DutySwapKind;
  shiftId: string;
  fromUserId: string;
  toUserId: string;
  counterpartShiftId?: string;
  reason: string;
}

export interface DecideDutySwapRequest {
  approve: boolean;
  note?: string;
}

/** 日报 or 零报告 (nothing abnormal). */
export type DutyReportType = 'DAILY' | 'ZERO';
export const DUTY_REPORT_TYPE_LABELS: Record<DutyReportType, string> = { DAILY: '日报', ZERO: '零报告' };

export interface DutyReportView {
  id: string;
  unitId: string;
  unitName: string;
  reportDate: string;
  type: DutyReportType;
  hasAbnormal: boolean;
  content: string;
  keyPersonDynamics: string;
  submittedAt: string;
  submittedBy: DutyPersonRef;
  dueAt: string;
  late: boolean;
  /** Until when the person who filed it may withdraw it (撤销); past this, it stands. */
  undoUntil: string;
}

export interface SubmitDutyReportRequest {
  /** Defaults to the caller's unit. */
  unitId?: string;
  reportDate: string;
  type: DutyReportType;
  hasAbnormal?: boolean;
  content?: string;
  keyPersonDynamics?: string;
}

export type DutyReportState = 'SUBMITTED' | 'LATE' | 'MISSING' | 'PENDING';
export const DUTY_REPORT_STATE_LABELS: Record<DutyReportState, string> = { SUBMITTED: '已报送', LATE: '迟报', MISSING: '漏报', PENDING: '待报送' };

/** One unit-day that owes a report (a day of a published roster). */
export interface DutyReportDueRow {
  unitId: string;
  unitName: string;
  reportDate: string;
  dueAt: string;
  state: DutyReportState;
  report: DutyReportView | null;
}

export interface DutySubsidyRateView {
  effectiveFrom: string;
  yuanPerPersonDay: number;
  halfShiftPersonDays: number;
}

export interface DutySubsidyRateRequest {
  effectiveFrom: string;
  yuanPerPersonDay: number;
  halfShiftPersonDays: number;
}

export interface CreateDutySubsidySheetRequest {
  unitId: string;
  /** Exactly one of month (`YYYY-MM`) and periodId. */
  month?: string;
  periodId?: string;
}

export interface DutySubsidySheetLine {
  person: DutyPersonRef;
  shifts: number;
  personDays: number;
  amountYuan: number;
}

export interface DutySubsidySheetView {
  id: string;
  unitId: string;
  unitName: string;
  periodId: string | null;
  periodName: string | null;
  month: string | null;
  dateFrom: string;
  dateTo: string;
  status: 'DRAFT' | 'APPROVED';
  /** The budget project line that pays it (read by the budget/indicators module). */
  budgetProjectCode: string;
  totalPersonDays: number;
  totalYuan: number;
  paidShifts: number;
  unpaidShifts: number;
  lines: DutySubsidySheetLine[];
  segments: { effectiveFrom: string; yuanPerPersonDay: number; personDays: number; amountYuan: number }[];
  createdAt: string;
  approvedBy: DutyPersonRef | null;
  approvedAt: string | null;
}

/** 劝返 (persuaded to return) or 接返 (picked up and brought back), DOMAIN.md §3.4. */
export type ReturnEscortKind = 'PERSUADE' | 'PICK_UP';
export const RETURN_ESCORT_KIND_LABELS: Record<ReturnEscortKind, string> = { PERSUADE: '劝返', PICK_UP: '接返' };
export type EscortPlaceKind = 'RECEPTION_SITE' | 'NON_RECEPTION_SITE';
export const ESCORT_PLACE_KIND_LABELS: Record<EscortPlaceKind, string> = { RECEPTION_SITE: '接待场所', NON_RECEPTION_SITE: '非接待场所' };

/**
 * A return escort. Deliberately without any field for holding or restricting anyone: the record
 * states the person's voluntariness and links the underlying matter's handling (条例 Art 18, 46).
 */
export interface ReturnEscortView {
  id: string;
  unitId: string;
  unitName: string;
  kind: ReturnEscortKind;
  petitionerNames: string;
  peopleCount: number;
  foundAt: string;
  place: string;
  placeKind: EscortPlaceKind;
  matter: string;
  staff: string[];
  leaderName: string;
  departureAt: string | null;
  arrivalAt: string | null;
  transport: string;
  costYuan: number;
  costNote: string;
  caseId: string | null;
  voluntary: boolean;
  voluntarinessNote: string;
  followUp: string;
  createdBy: DutyPersonRef;
  createdAt: string;
}

export interface ReturnEscortRequest {
  unitId: string;
  kind: ReturnEscortKind;
  petitionerNames: string;
  peopleCount: number;
  foundAt: string;
  place: string;
  placeKind: EscortPlaceKind;
  matter: string;
  staff: string[];
  leaderName: string;
  departureAt?: string;
  arrivalAt?: string;
  transport?: string;
  costYuan?: number;
  costNote?: string;
  caseId?: string;
  voluntary: boolean;
  voluntarinessNote: string;
  followUp?: string;
}

export interface ReturnEscortPage {
  items: ReturnEscortView[];
  nextCursor: string | null;
}

export interface DutyReportPage {
  items: DutyReportView[];
  nextCursor: string | null;
}
