import type { DutyShiftView } from '@julu/contracts';
import { addDays, weekday } from '@julu/domain';

export interface MonthCell {
  date: string;
  inMonth: boolean;
  shifts: DutyShiftView[];
}

/** Weeks (Monday first) covering a `YYYY-MM` month, each day with its shifts. */
export function monthGrid(month: string, shifts: readonly DutyShiftView[]): MonthCell[][] {
  const first = `${month}-01`;
  let day = addDays(first, -((weekday(first) + 6) % 7));
  const weeks: MonthCell[][] = [];
  while (weeks.length < 6 && (weeks.length === 0 || day.slice(0, 7) <= month)) {
    const week: MonthCell[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push({ date: day, inMonth: day.startsWith(month), shifts: shifts.filter((s) => s.date === day) });
    weeks.push(week);
  }
  return weeks;
}
