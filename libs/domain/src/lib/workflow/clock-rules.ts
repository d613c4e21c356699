import type { ClockCode, ClockParty, PeriodUnitCode } from '@julu/contracts';
import { addDays, type HolidayCalendar, type LocalDate } from '../calendar/holiday-calendar';

export interface ClockRuleDefault {
  code: ClockCode;
  label: string;
  article: string;
  amount: number;
  unit: PeriodUnitCode;
  party: ClockParty;
}

/**
 * The legal clocks D1–D9 of DOMAIN.md §1.9 as the 2022 条例 sets them. They are defaults: the
 * `clock_rule` table holds the limits in force, which administrators change where a province
 * shortens them. D2 (another organ receiving a matter directly) applies when a township registers.
 */
export const DEFAULT_CLOCK_RULES: readonly ClockRuleDefault[] = [
  { code: 'D1', label: '信访部门登记后处理（转送、交办、告知）', article: '第二十二条', amount: 15, unit: 'DAYS', party: 'ORGAN' },
  { code: 'D2', label: '直接收到信访事项后书面告知', article: '第二十三条第二款', amount: 15, unit: 'DAYS', party: 'ORGAN' },
  { code: 'D3', label: '收到转送、交办事项后书面告知受理', article: '第二十三条第三款', amount: 15, unit: 'DAYS', party: 'ORGAN' },
  { code: 'D4', label: '不属本单位职权范围的提出异议', article: '第二十三条第三款', amount: 5, unit: 'WORKING_DAYS', party: 'ORGAN' },
  { code: 'D5', label: '受理后办结（可延长不超过 30 日）', article: '第三十四条', amount: 60, unit: 'DAYS', party: 'ORGAN' },
  { code: 'D6', label: '信访人申请复查', article: '第三十五条', amount: 30, unit: 'DAYS', party: 'PETITIONER' },
  { code: 'D7', label: '复查机关出具复查意见', article: '第三十五条', amount: 30, unit: 'DAYS', party: 'ORGAN' },
  { code: 'D8', label: '信访人申请复核', article: '第三十六条', amount: 30, unit: 'DAYS', party: 'PETITIONER' },
  { code: 'D9', label: '复核机关出具复核意见（听证时间不计入）', article: '第三十六条', amount: 30, unit: 'DAYS', party: 'ORGAN' },
  // The limit is the one the bureau sets when it assigns (交办); this amount is only the default.
  { code: 'D10', label: '交办事项在指定期限内反馈结果、提交办结报告（第一款第三项）', article: '第二十二条', amount: 30, unit: 'DAYS', party: 'ORGAN' },
];

export interface ReminderDays {
  /** Five working days before the due date (null when that is not after the start). */
  t5: LocalDate | null;
  /** One working day before the due date (null when that is not after the start). */
  t1: LocalDate | null;
  /** The first day past the due date: the breach. */
  breach: LocalDate;
}

/** The working day `count` working days before `date`. */
export function workingDaysBefore(date: LocalDate, count: number, calendar: HolidayCalendar): LocalDate {
  let day = date;
  let moved = 0;
  while (moved < count) {
    day = addDays(day, -1);
    if (calendar.isWorkday(day)) moved++;
  }
  return day;
}

/** When an organ's clock reminds its unit: T−5 and T−1 working days, and at breach. */
export function reminderDays(startedOn: LocalDate, dueOn: LocalDate, calendar: HolidayCalendar): ReminderDays {
  const t5 = workingDaysBefore(dueOn, 5, calendar);
  const t1 = workingDaysBefore(dueOn, 1, calendar);
  return { t5: t5 > startedOn ? t5 : null, t1: t1 > startedOn ? t1 : null, breach: addDays(dueOn, 1) };
}
