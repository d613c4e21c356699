import type { IncidentLevel, IncidentNature, IncidentReportKind } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

/** The 快报 form as its controls hold it: times as the date field's value (a local or ISO date-time). */
export interface QuickReportForm {
  title: string;
  discoveredAt: string;
  level: IncidentLevel;
  nature: IncidentNature;
  townshipId: string;
  villageId: string;
  placeDetail: string;
  peopleCount: number;
  description: string;
  measures: string;
  phoneDone: boolean;
  phoneReportedAt: string;
  phoneTimeReason: string;
  reportedTo: string[];
}

/** A following report (电话/初报/续报/终报) as the detail page's form holds it. */
export interface ReportForm {
  kind: IncidentReportKind;
  backfill: boolean;
  reportedAt: string;
  timeReason: string;
  reportedTo: string[];
  content: string;
}

export const QUICK_REPORT_FIELDS = [
  'title',
  'discoveredAt',
  'level',
  'nature',
  'townshipId',
  'villageId',
  'placeDetail',
  'peopleCount',
  'description',
  'measures',
  'phoneDone',
  'phoneReportedAt',
  'phoneTimeReason',
  'reportedTo',
] as const;

export const REPORT_FIELDS = ['kind', 'backfill', 'reportedAt', 'timeReason', 'reportedTo', 'content'] as const;

/** The API's tolerance for a phone clock a few minutes fast, and the minutes a form takes to fill (incident-rules.ts). */
const CLOCK_SKEW_MS = 5 * 60_000;
const FILING_GRACE_MS = 2 * 60_000;
const BACKFILL_REASON = '早于录入时间，属补录，请说明理由（至少 4 个字，例如“已先行电话报告，事后录入”）';

type Add = (field: string, message: string) => void;

function collector(): { errors: FieldError[]; add: Add } {
  const errors: FieldError[] = [];
  return { errors, add: (field, message) => void errors.push({ field, message }) };
}

function textBetween(add: Add, field: string, value: string, min: number, max: number, missing: string, label: string): void {
  const text = value.trim();
  if (text.length < min) add(field, missing);
  else if (text.length > max) add(field, `${label}不超过 ${max} 个字，请删减`);
}

function recipientsProblem(reportedTo: readonly string[], missing: string): string | null {
  const names = reportedTo.map((r) => r.trim()).filter(Boolean);
  if (names.length === 0) return missing;
  if (names.length > 20) return '报送对象不超过 20 个';
  return names.some((n) => n.length > 50) ? '报送对象名称不超过 50 个字' : null;
}

/**
 * A report time as the API takes it (incident-rules.ts): not in the future, not before the discovery,
 * and, when typed earlier than the filing, with the reason for the 补录.
 */
function reportTime(add: Add, fields: { time: string; reason: string }, label: string, typed: string, reason: string, now: Date, discoveredAt: Date | null): void {
  if (!typed) return add(fields.time, `请选择${label}`);
  const at = new Date(typed).getTime();
  if (at > now.getTime() + CLOCK_SKEW_MS) return add(fields.time, `${label}不能晚于当前时间`);
  if (discoveredAt && at < discoveredAt.getTime()) return add(fields.time, `${label}不能早于获知时间`);
  if (at < now.getTime() - FILING_GRACE_MS && reason.trim().length < 4) add(fields.reason, `${label}${BACKFILL_REASON}`);
  else if (reason.trim().length > 200) add(fields.reason, '补录理由不超过 200 个字，请删减');
}

/**
 * What the API would refuse in a 快报 (CreateIncidentDto and the service's rules), each on its
 * control; [] = fine. `phoneAtChanged` is false while the phone time is the pre-filled one, which
 * the page sends as the time of filing.
 */
export function quickReportErrors(f: QuickReportForm, now: Date, phoneAtChanged: boolean): FieldError[] {
  const { errors, add } = collector();
  textBetween(add, 'title', f.title, 2, 100, '请填写事件简题（至少 2 个字）', '事件简题');
  const discovered = f.discoveredAt ? new Date(f.discoveredAt) : null;
  if (!discovered) add('discoveredAt', '请选择获知时间');
  else if (discovered.getTime() > now.getTime() + CLOCK_SKEW_MS) add('discoveredAt', '获知时间不能晚于当前时间');
  if (!f.townshipId) add('townshipId', '请选择事发乡镇（开发区）');
  textBetween(add, 'placeDetail', f.placeDetail, 2, 200, '请填写事发地点', '事发地点');
  const people = Number(f.peopleCount);
  if (!Number.isInteger(people) || people < 0 || people > 100000) add('peopleCount', '涉及人数须为 0 至 100000 的整数');
  textBetween(add, 'description', f.description, 4, 4000, '请简要说明事件情况（至少 4 个字）', '事件情况');
  if (f.measures.trim().length > 2000) add('measures', '已采取措施不超过 2000 个字，请删减');
  if (f.phoneDone) {
    if (phoneAtChanged) {
      const earliest = discovered && discovered.getTime() <= now.getTime() ? discovered : null;
      reportTime(add, { time: 'phoneReportedAt', reason: 'phoneTimeReason' }, '电话报告时间', f.phoneReportedAt, f.phoneTimeReason, now, earliest);
    }
    const recipients = recipientsProblem(f.reportedTo, '已电话报告的，请选择报送对象');
    if (recipients) add('reportedTo', recipients);
  }
  return errors;
}

/** What the API would refuse in a following report (AddIncidentReportDto and the service's rules), each on its control. */
export function incidentReportErrors(r: ReportForm, now: Date, discoveredAt: Date | null): FieldError[] {
  const { errors, add } = collector();
  if (r.backfill) reportTime(add, { time: 'reportedAt', reason: 'timeReason' }, '报告时间', r.reportedAt, r.timeReason, now, discoveredAt);
  const recipients = recipientsProblem(r.reportedTo, '请至少选择一个报送对象');
  if (recipients) add('reportedTo', recipients);
  if (r.kind !== 'PHONE') textBetween(add, 'content', r.content, 4, 8000, '请填写报告内容（至少 4 个字）', '报告内容');
  return errors;
}
