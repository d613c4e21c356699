import { convertPeriod, FIRST_YEAR, periodContaining, periodKind, periodLabel, periodOptions, periodYear } from './periods';

describe('periods', () => {
  const today = '2026-11-20';

  it('finds the month, quarter and year containing a day', () => {
    expect(periodContaining('MONTH', today)).toBe('2026-11');
    expect(periodContaining('QUARTER', today)).toBe('2026Q4');
    expect(periodContaining('YEAR', today)).toBe('2026');
    expect(periodContaining('QUARTER', '2026-03-31')).toBe('2026Q1');
  });

  it('offers every period from the first year up to the current one, newest first, none in the future', () => {
    const months = periodOptions('MONTH', today);
    expect(months[0]).toEqual({ key: '2026-11', label: '2026年11月' });
    expect(months[1].key).toBe('2026-10');
    expect(months.at(-1)?.key).toBe(`${FIRST_YEAR}-01`);
    expect(months).toHaveLength((2026 - FIRST_YEAR) * 12 + 11);
    expect(periodOptions('QUARTER', today).slice(0, 2)).toEqual([
      { key: '2026Q4', label: '2026年第四季度' },
      { key: '2026Q3', label: '2026年第三季度' },
    ]);
    expect(periodOptions('YEAR', today).map((o) => o.key)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021', '2020']);
  });

  it('labels keys in Chinese and leaves an unknown key as it is', () => {
    expect(periodLabel('2026-01')).toBe('2026年1月');
    expect(periodLabel('2026Q2')).toBe('2026年第二季度');
    expect(periodLabel('2026')).toBe('2026年');
    expect(periodLabel('bad')).toBe('bad');
    expect(periodKind('2026Q2')).toBe('QUARTER');
    expect(periodYear('2026Q2')).toBe(2026);
  });

  it('switches kind keeping the same time: coarser contains it, finer takes its latest begun part', () => {
    expect(convertPeriod('2026-08', 'QUARTER', today)).toBe('2026Q3');
    expect(convertPeriod('2026-08', 'YEAR', today)).toBe('2026');
    expect(convertPeriod('2025', 'MONTH', today)).toBe('2025-12');
    expect(convertPeriod('2025Q2', 'MONTH', today)).toBe('2025-06');
    // the current year or quarter: today's month, not one still to come
    expect(convertPeriod('2026', 'MONTH', today)).toBe('2026-11');
    expect(convertPeriod('2026', 'QUARTER', today)).toBe('2026Q4');
    expect(convertPeriod('nonsense', 'YEAR', today)).toBe('2026');
  });
});
