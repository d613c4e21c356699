import { addDays, type HolidayYear, type LocalDate } from '../calendar/holiday-calendar';
import type { ShiftPattern } from './roster';

/** 一级 (highest, e.g. 特别防护期) … 三级. */
export type SensitivePeriodLevel = 1 | 2 | 3;
export type SensitivePeriodScope = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY';

export interface SensitivePeriodDraft {
  name: string;
  level: SensitivePeriodLevel;
  scope: SensitivePeriodScope;
  startOn: LocalDate;
  endOn: LocalDate;
  /** Duty rules: the shift pattern and the daily report's due time. */
  shiftPattern: ShiftPattern;
  reportDueTime: string;
  notes: string;
}

/** The daily duty-information report is due before 16:30 (example county rule, DOMAIN.md §3.3). */
export const DEFAULT_REPORT_DUE_TIME = '16:30';

export interface DefaultPeriods {
  periods: SensitivePeriodDraft[];
  /** Lunar-calendar festivals left out because the year's holiday arrangements are not loaded. */
  needsHolidayYear: string[];
}

type Festival = { festival: string; name: string; level: SensitivePeriodLevel; before: number; notes: string; fallback?: [string, string] };

/** Festival-bound periods: the official holiday range, opened a few days early. */
const FESTIVALS: readonly Festival[] = [
  { festival: '元旦', name: '元旦', level: 3, before: 1, notes: '', fallback: ['01-01', '01-03'] },
  { festival: '春节', name: '春节', level: 2, before: 7, notes: '节前欠薪（农民工工资）信访高峰，提前排查' },
  { festival: '清明节', name: '清明', level: 3, before: 1, notes: '', fallback: ['04-04', '04-06'] },
  { festival: '劳动节', name: '五一', level: 2, before: 1, notes: '', fallback: ['05-01', '05-05'] },
  { festival: '端午节', name: '端午', level: 3, before: 1, notes: '' },
  { festival: '中秋节', name: '中秋', level: 3, before: 1, notes: '' },
  { festival: '国庆节', name: '国庆', level: 1, before: 2, notes: '国庆按高峰期管理', fallback: ['10-01', '10-07'] },
];

/** Fixed-date periods. */
const FIXED: readonly { name: string; level: SensitivePeriodLevel; from: string; to: string; notes: string }[] = [
  { name: '全国两会', level: 1, from: '03-01', to: '03-15', notes: '特别防护期：六个一遍，每日排查重点人员、每日零报告' },
  { name: '高考', level: 3, from: '06-07', to: '06-10', notes: '' },
  { name: '七一建党纪念日', level: 2, from: '06-28', to: '07-01', notes: '' },
];

const draft = (name: string, level: SensitivePeriodLevel, startOn: LocalDate, endOn: LocalDate, notes: string): SensitivePeriodDraft => ({
  name,
  level,
  scope: 'NATIONAL',
  startOn,
  endOn,
  // The highest level calls for 24-hour duty with a leader on duty (DOMAIN.md §3.3).
  shiftPattern: level === 1 ? 'H24' : 'DAY_NIGHT',
  reportDueTime: DEFAULT_REPORT_DUE_TIME,
  notes,
});

/**
 * The default 敏感节点 of a year (DOMAIN.md §3.1), which administrators then adjust. Festival
 * periods follow the State Council's holiday arrangements when the year is loaded; without them the
 * solar-calendar festivals take their usual dates and the lunar ones (春节, 端午, 中秋) are left out
 * and named, so nobody mistakes a guessed date for the official one.
 */
export function defaultSensitivePeriods(year: number, holidays: HolidayYear | null): DefaultPeriods {
  const periods: SensitivePeriodDraft[] = FIXED.map((f) => draft(f.name, f.level, `${year}-${f.from}`, `${year}-${f.to}`, f.notes));
  const needsHolidayYear: string[] = [];
  const byHoliday = new Map<string, SensitivePeriodDraft>();
  for (const f of FESTIVALS) {
    const official = holidays?.year === year ? holidays.holidays.find((h) => h.name.split('、').includes(f.festival)) : undefined;
    const merged = official && byHoliday.get(official.from);
    if (merged) {
      // One holiday range for two festivals (中秋节、国庆节): one period, at the higher level.
      Object.assign(merged, { name: `${merged.name}、${f.name}`, notes: [merged.notes, f.notes].filter(Boolean).join('；') });
      if (f.level < merged.level) Object.assign(merged, draft(merged.name, f.level, merged.startOn, merged.endOn, merged.notes));
    } else if (official) {
      const period = draft(f.name, f.level, addDays(official.from, -f.before), official.to, f.notes);
      byHoliday.set(official.from, period);
      periods.push(period);
    } else if (f.fallback) periods.push(draft(f.name, f.level, `${year}-${f.fallback[0]}`, `${year}-${f.fallback[1]}`, f.notes));
    else needsHolidayYear.push(f.name);
  }
  return { periods: periods.sort((a, b) => a.startOn.localeCompare(b.startOn)), needsHolidayYear };
}
