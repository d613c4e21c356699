import type { DutyReportDueRow, DutyReportView, DutyShiftView } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import { addDays } from '@julu/domain';

/** Check-in opens this long before a shift starts (the API's rule, ShiftsService). */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;

/** Whether 签到 may be tapped now: the API refuses before the window opens and after the shift ends. */
export type CheckInWindow = { state: 'OPEN' } | { state: 'NOT_YET'; opensAt: Date } | { state: 'OVER' };

export function checkInWindow(shift: Pick<DutyShiftView, 'startAt' | 'endAt'>, now: Date): CheckInWindow {
  const opensAt = new Date(new Date(shift.startAt).getTime() - CHECK_IN_OPENS_BEFORE_MS);
  if (now < opensAt) return { state: 'NOT_YET', opensAt };
  return now < new Date(shift.endAt) ? { state: 'OPEN' } : { state: 'OVER' };
}

/** 今天 / 明天 / 昨天 beside a shift's duty date, so tomorrow's shift is never mistaken for today's. */
export function relativeDay(date: string, today: string): string {
  if (date === today) return '今天';
  if (date === addDays(today, 1)) return '明天';
  if (date === addDays(today, -1)) return '昨天';
  return '';
}

const TYPE = { DAILY: '日报', ZERO: '零报告' } as const;
const STATE = { SUBMITTED: '已报送', LATE: '已报送（迟报）', MISSING: '未报送，已过截止时间', PENDING: '尚未报送' } as const;
const time = (iso: string): string => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16);

/** The day's report state in words: what was filed, by whom and when, or that nothing was. */
export function reportStateText(day: DutyReportDueRow): string {
  const r = day.report;
  if (!r) return `今日${STATE[day.state]}（截止 ${time(day.dueAt)}）`;
  return `${TYPE[r.type]}${STATE[day.state]}：${r.submittedBy.name} ${time(r.submittedAt)} 报送`;
}

/** Seconds the caller still has to withdraw the report (0: no longer, or not theirs). */
export function undoSecondsLeft(report: Pick<DutyReportView, 'undoUntil' | 'submittedBy'>, userId: string | undefined, now: Date): number {
  if (report.submittedBy.id !== userId) return 0;
  return Math.max(0, Math.ceil((new Date(report.undoUntil).getTime() - now.getTime()) / 1000));
}

/** 「还可撤销 4 分钟」 / 「还可撤销 30 秒」. */
export function undoWindowText(seconds: number): string {
  return seconds > 60 ? `还可撤销 ${Math.ceil(seconds / 60)} 分钟` : `还可撤销 ${seconds} 秒`;
}

/** The day's report as the card holds it: 日报 sends all three, 零报告 none. */
export interface ReportForm {
  hasAbnormal: boolean;
  content: string;
  keyPersonDynamics: string;
}

export const REPORT_FIELDS = ['hasAbnormal', 'content', 'keyPersonDynamics'] as const;

/** What the API would refuse in the 日报 or 零报告 (SubmitDutyReportDto and the service's rules), each on its control. */
export function reportFormErrors(type: 'ZERO' | 'DAILY', form: ReportForm): FieldError[] {
  if (type === 'ZERO') return form.hasAbnormal ? [{ field: 'hasAbnormal', message: '零报告表示今日无异常情况；有异常请填写日报内容并报送日报' }] : [];
  const errors: FieldError[] = [];
  const content = form.content.trim();
  if (!content) errors.push({ field: 'content', message: form.hasAbnormal ? '请在日报内容中写明异常情况' : '请填写日报内容；今日无异常可报送零报告' });
  else if (content.length > 5000) errors.push({ field: 'content', message: '日报内容不超过 5000 个字，请删减' });
  if (form.keyPersonDynamics.trim().length > 5000) errors.push({ field: 'keyPersonDynamics', message: '重点人员动态不超过 5000 个字，请删减' });
  return errors;
}
