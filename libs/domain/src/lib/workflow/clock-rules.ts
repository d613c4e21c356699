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

/**
 * The day each clock starts from, as its explanation names it. D1 starts on the day the bureau
 * registers (receives) the matter, not on the day anything happened to the petitioner; the others
 * on the day the organ or petitioner receives the previous step.
 */
export const CLOCK_START_EVENTS: Readonly<Record<ClockCode, string>> = {
  D1: '登记（收到）信访事项之日',
  D2: '收到信访事项之日',
  D3: '收到转送、交办事项之日',
  D4: '收到转送、交办事项之日',
  D5: '受理之日',
  D6: '收到处理意见书之日',
  D7: '收到复查请求之日',
  D8: '收到复查意见书之日',
  D9: '收到复核请求之日',
  D10: '交办之日',
};

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

/** A limit as an administrator would set it. */
export interface ClockRuleSetting {
  amount: number;
  unit: PeriodUnitCode;
  excludeStartDay: boolean;
  extendPastDaysOff: boolean;
}

/**
 * Whether a province may set this limit (Arts 22, 23, 34–36), in Chinese when it may not. An
 * organ's limit may be shortened, never lengthened: at most the statutory number, in the
 * statutory unit (a 日 limit may not become 工作日; a 工作日 limit may become 日). The
 * petitioner's windows (D6, D8) may be lengthened, never shortened: at least 30 日, still counted
 * by the 民法典 rules (the event day not counted, a last day off postponed).
 */
export function clockRuleProblem(code: ClockCode, setting: ClockRuleSetting): string | null {
  const law = DEFAULT_CLOCK_RULES.find((r) => r.code === code);
  if (!law) return `期限规则 ${code} 不存在`;
  const statutory = `《信访工作条例》${law.article}规定的 ${law.amount} ${law.unit === 'DAYS' ? '日' : '个工作日'}`;
  if (!Number.isInteger(setting.amount) || setting.amount < 1 || setting.amount > 365) return '期限应为 1–365 的整数';
  if (law.party === 'ORGAN') {
    if (law.unit === 'DAYS' && setting.unit !== 'DAYS') return `${law.label}的期限以日计算，不能改为工作日（会延长${statutory}）`;
    if (setting.amount > law.amount) return `${law.label}的期限只能缩短，不能超过${statutory}`;
    return null;
  }
  if (setting.amount < law.amount) return `${law.label}的期限是信访人的权利，不能短于${statutory}`;
  if (!setting.excludeStartDay || !setting.extendPastDaysOff) return `${law.label}的期限不能取消民法典的计算规则（事件当日不计入、最后一日为休假日顺延），否则会缩短信访人的期限`;
  return null;
}
