/** A calendar day as `YYYY-MM-DD` (the law counts whole days in China; no time zone involved). */
export type LocalDate = string;

export interface HolidayYear {
  year: number;
  /** The State Council notice the year comes from. */
  notice: string;
  holidays: { name: string; from: LocalDate; to: LocalDate }[];
  /** Weekend days made working days (调休上班). */
  workdays: LocalDate[];
}

export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`尚未录入 ${year} 年的法定节假日安排，无法按工作日计算期限；请管理员先录入国务院办公厅当年的放假通知`);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseLocalDate(date: LocalDate): Date {
  if (!DATE.test(date)) throw new Error(`not a date: ${date}`);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new Error(`not a date: ${date}`);
  return parsed;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = parseLocalDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: LocalDate): number => parseLocalDate(date).getUTCDay();

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const weekdayName = (date: LocalDate): string => WEEKDAY_NAMES[weekday(date)];

/**
 * Working days and days off by the official arrangements: a day is off when it lies in a
 * festival's holiday range, or is a Saturday or Sunday not made a working day (调休上班).
 */
export class HolidayCalendar {
  private readonly holidays = new Map<LocalDate, string>();
  private readonly workdays = new Set<LocalDate>();
  private readonly years = new Set<number>();

  constructor(years: readonly HolidayYear[]) {
    for (const y of years) {
      this.years.add(y.year);
      for (const h of y.holidays) {
        for (let d = h.from; d <= h.to; d = addDays(d, 1)) this.holidays.set(d, h.name);
      }
      for (const w of y.workdays) this.workdays.add(w);
    }
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  /** The festival a day belongs to, or null. */
  holidayName(date: LocalDate): string | null {
    return this.holidays.get(date) ?? null;
  }

  isMakeUpWorkday(date: LocalDate): boolean {
    return this.workdays.has(date);
  }

  /** Throws CalendarNotCoveredError when the year's arrangements are not loaded. */
  isWorkday(date: LocalDate): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.covers(year)) throw new CalendarNotCoveredError(year);
    if (this.holidays.has(date)) return false;
    if (this.workdays.has(date)) return true;
    const day = weekday(date);
    return day !== 0 && day !== 6;
  }

  /** Why a day is off, for explanations: the festival, or 周六/周日. */
  reasonOff(date: LocalDate): string {
    return this.holidayName(date) ?? `${weekdayName(date)}休息日`;
  }
}
