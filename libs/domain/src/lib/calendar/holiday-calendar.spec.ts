import { CalendarNotCoveredError, HolidayCalendar, weekday } from './holiday-calendar';
import { OFFICIAL_HOLIDAYS } from './official-holidays.data';

const calendar = new HolidayCalendar(OFFICIAL_HOLIDAYS);

/**
 * Each year as its notice states it: the length of every festival's break and every 调休上班 day.
 * (Days counted as the notice counts them, weekends inside the range included.)
 */
const NOTICES: Record<number, { days: Record<string, number>; workdays: string[] }> = {
  2020: {
    days: { 元旦: 1, 春节: 10, 清明节: 3, 劳动节: 5, 端午节: 3, '国庆节、中秋节': 8 },
    workdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  2021: {
    days: { 元旦: 3, 春节: 7, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 },
    workdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  2022: {
    days: { 元旦: 3, 春节: 7, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 },
    workdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  2023: {
    days: { 元旦: 3, 春节: 7, 清明节: 1, 劳动节: 5, 端午节: 3, '中秋节、国庆节': 8 },
    workdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  2024: {
    days: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 1, 中秋节: 3, 国庆节: 7 },
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  2025: { days: { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 3, '国庆节、中秋节': 8 }, workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'] },
  2026: {
    days: { 元旦: 3, 春节: 9, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 },
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

describe('official holiday calendar', () => {
  it('holds every year from 2020 with the notice it comes from', () => {
    expect(OFFICIAL_HOLIDAYS.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of OFFICIAL_HOLIDAYS) expect(y.notice).toMatch(/国办发明电|国务院办公厅/);
  });

  it.each(Object.entries(NOTICES))('%s matches its notice: festival lengths and make-up working days', (year, notice) => {
    const data = OFFICIAL_HOLIDAYS.find((y) => y.year === Number(year));
    const lengths = Object.fromEntries((data?.holidays ?? []).map((h) => [h.name, (Date.parse(h.to) - Date.parse(h.from)) / 86_400_000 + 1]));
    expect(lengths).toEqual(notice.days);
    expect(data?.workdays).toEqual(notice.workdays);
    for (const day of notice.workdays) {
      expect([0, 6]).toContain(weekday(day));
      expect(calendar.isWorkday(day)).toBe(true);
    }
  });

  it('a Sunday that is a make-up working day counts; a Monday inside a holiday does not', () => {
    expect(weekday('2025-01-26')).toBe(0);
    expect(calendar.isWorkday('2025-01-26')).toBe(true);
    expect(weekday('2025-02-03')).toBe(1);
    expect(calendar.isWorkday('2025-02-03')).toBe(false);
    expect(calendar.holidayName('2025-02-03')).toBe('春节');
    expect(calendar.isWorkday('2025-03-03')).toBe(true);
    expect(calendar.isWorkday('2025-03-08')).toBe(false);
  });

  it('follows the 2020 extension: 2 February off, the 1 February make-up day cancelled', () => {
    expect(calendar.isWorkday('2020-02-01')).toBe(false);
    expect(calendar.isWorkday('2020-02-02')).toBe(false);
    expect(calendar.isWorkday('2020-02-03')).toBe(true);
  });

  it('refuses to guess a year whose arrangements are not loaded', () => {
    expect(() => calendar.isWorkday('2027-03-01')).toThrow(CalendarNotCoveredError);
    expect(() => calendar.isWorkday('2027-03-01')).toThrow('尚未录入 2027 年');
  });
});
