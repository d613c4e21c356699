import { addDays, type HolidayCalendar, type LocalDate, parseLocalDate } from './holiday-calendar';

export type PeriodUnit = 'DAYS' | 'WORKING_DAYS';

/**
 * Counting rules (DOMAIN.md §1.9). The 《信访工作条例》 does not say how its 日 are counted; by
 * default the 民法典 rules apply and both can be switched off per jurisdiction:
 * - excludeStartDay (Art 201): the day of the triggering event is not counted;
 * - extendPastDaysOff (Art 203): a period in 日 whose last day is a day off (法定休假日, weekends
 *   included) ends on the next working day.
 */
export interface CountingRules {
  excludeStartDay: boolean;
  extendPastDaysOff: boolean;
  /**
   * What the start day is, in the user's words (收到信访事项之日, 受理之日): the explanation names
   * it. Without it the explanation only says the start day is not counted.
   */
  startEvent?: string;
}

export const CIVIL_CODE_RULES: CountingRules = { excludeStartDay: true, extendPastDaysOff: true };

/** A stretch when the clock stood still (e.g. a hearing in 复核, Art 36), both ends inclusive. */
export interface Pause {
  from: LocalDate;
  to: LocalDate;
  reason: string;
}

export interface DueDate {
  due: LocalDate;
  /** How the date was reached, one sentence per step, in Chinese (shown as “为什么是这一天”). */
  explanation: string[];
  /** Days passed over and why (holiday name, weekend, pause). */
  skipped: { date: LocalDate; reason: string }[];
}

const cn = (date: LocalDate): string => {
  const d = parseLocalDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/**
 * The last day of a period of `amount` days or working days starting from `start` (the day of the
 * triggering event), with the explanation of every rule applied.
 */
export function computeDue(
  start: LocalDate,
  amount: number,
  unit: PeriodUnit,
  calendar: HolidayCalendar,
  rules: CountingRules = CIVIL_CODE_RULES,
  pauses: readonly Pause[] = [],
): DueDate {
  if (!Number.isInteger(amount) || amount < 1) throw new Error(`period must be a positive whole number: ${amount}`);
  const explanation: string[] = [];
  const skipped: DueDate['skipped'] = [];
  const first = rules.excludeStartDay ? addDays(start, 1) : start;
  explanation.push(
    rules.excludeStartDay
      ? `起算：${cn(start)}${rules.startEvent ? `为${rules.startEvent}` : ''}，当日不计入期间（民法典第二百零一条），自${cn(first)}起算。`
      : `起算：自${cn(start)}起算（当日计入）。`,
  );
  const paused = (date: LocalDate): Pause | undefined => pauses.find((p) => p.from <= date && date <= p.to);

  let counted = 0;
  let day = first;
  let last = first;
  while (counted < amount) {
    const pause = paused(day);
    if (pause) {
      skipped.push({ date: day, reason: pause.reason });
    } else if (unit === 'WORKING_DAYS' && !calendar.isWorkday(day)) {
      skipped.push({ date: day, reason: calendar.reasonOff(day) });
    } else {
      if (unit === 'WORKING_DAYS' && calendar.isMakeUpWorkday(day)) explanation.push(`${cn(day)}为调休上班日，计为工作日。`);
      counted++;
      last = day;
    }
    day = addDays(day, 1);
  }
  explanation.push(unit === 'DAYS' ? `期间 ${amount} 日，计至${cn(last)}。` : `期间 ${amount} 个工作日，计至${cn(last)}。`);
  for (const pause of pauses) {
    const inside = skipped.filter((s) => s.reason === pause.reason).length;
    if (inside > 0) explanation.push(`${cn(pause.from)}至${cn(pause.to)}（${pause.reason}）不计入期间，顺延 ${inside} 日。`);
  }
  const holidaysPassed = [...new Set(skipped.filter((s) => !pauses.some((p) => p.reason === s.reason)).map((s) => s.reason))];
  if (unit === 'WORKING_DAYS' && holidaysPassed.length) explanation.push(`跳过非工作日：${holidaysPassed.join('、')}。`);

  let due = last;
  if (unit === 'DAYS' && rules.extendPastDaysOff && !calendar.isWorkday(due)) {
    const reason = calendar.reasonOff(due);
    while (!calendar.isWorkday(due)) {
      skipped.push({ date: due, reason: calendar.reasonOff(due) });
      due = addDays(due, 1);
    }
    explanation.push(`期间最后一日${cn(last)}为法定休假日（${reason}），以休假日结束的次日${cn(due)}为期间的最后一日（民法典第二百零三条）。`);
  }
  explanation.push(`期限届满日：${cn(due)}。`);
  return { due, explanation, skipped };
}

/**
 * A period with an approved extension (延期, Art 34: at most 30 days, for the 60-day handling
 * period only). The extension continues the original count: 60 + N days counted from the start,
 * and the 民法典 Art 203 postponement applies once, to the final day. The original last day is not
 * first moved past a weekend or holiday; doing so would postpone the period twice.
 */
export function extendDue(
  start: LocalDate,
  amount: number,
  unit: PeriodUnit,
  days: number,
  calendar: HolidayCalendar,
  rules: CountingRules = CIVIL_CODE_RULES,
  pauses: readonly Pause[] = [],
): DueDate {
  if (!Number.isInteger(days) || days < 1 || days > 30) throw new Error('办理期限延长应为 1–30 日，不得超过 30 日（《信访工作条例》第三十四条）');
  const base = computeDue(start, amount, unit, calendar, { ...rules, extendPastDaysOff: false }, pauses);
  const extension = computeDue(base.due, days, 'DAYS', calendar, { excludeStartDay: true, extendPastDaysOff: rules.extendPastDaysOff }, pauses);
  return {
    due: extension.due,
    explanation: [
      ...base.explanation.slice(0, -1),
      `经批准延长 ${days} 日（《信访工作条例》第三十四条），自原期间最后一日${cn(base.due)}的次日接续计算；原期间最后一日不因休假日先行顺延，顺延（民法典第二百零三条）只适用于延长后的最后一日。`,
      ...extension.explanation.slice(1),
    ],
    skipped: [...base.skipped, ...extension.skipped],
  };
}
