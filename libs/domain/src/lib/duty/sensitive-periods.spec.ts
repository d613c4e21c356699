import { OFFICIAL_HOLIDAYS } from '../calendar/official-holidays.data';
import { DEFAULT_REPORT_DUE_TIME, defaultSensitivePeriods } from './sensitive-periods';

const year = (y: number) => OFFICIAL_HOLIDAYS.find((h) => h.year === y) ?? null;

describe('defaultSensitivePeriods (敏感节点, DOMAIN.md §3.1)', () => {
  it('2026: 全国两会, 春节, 清明, 五一, 国庆 and the others, festivals from the State Council arrangements', () => {
    const { periods, needsHolidayYear } = defaultSensitivePeriods(2026, year(2026));
    expect(needsHolidayYear).toEqual([]);
    expect(periods.map((p) => [p.name, p.startOn, p.endOn, p.level])).toEqual([
      ['元旦', '2025-12-31', '2026-01-03', 3],
      ['春节', '2026-02-08', '2026-02-23', 2],
      ['全国两会', '2026-03-01', '2026-03-15', 1],
      ['清明', '2026-04-03', '2026-04-06', 3],
      ['五一', '2026-04-30', '2026-05-05', 2],
      ['高考', '2026-06-07', '2026-06-10', 3],
      ['端午', '2026-06-18', '2026-06-21', 3],
      ['七一建党纪念日', '2026-06-28', '2026-07-01', 2],
      ['中秋', '2026-09-24', '2026-09-27', 3],
      ['国庆', '2026-09-29', '2026-10-07', 1],
    ]);
    expect(periods.every((p) => p.reportDueTime === DEFAULT_REPORT_DUE_TIME && p.scope === 'NATIONAL')).toBe(true);
    // The highest alert calls for 24-hour duty with a leader on duty.
    expect(periods.find((p) => p.name === '全国两会')?.shiftPattern).toBe('H24');
    expect(periods.find((p) => p.name === '清明')?.shiftPattern).toBe('DAY_NIGHT');
  });

  it('merges festivals that share one holiday range (2025: 国庆节、中秋节) at the higher level', () => {
    const { periods } = defaultSensitivePeriods(2025, year(2025));
    const merged = periods.filter((p) => p.name.includes('国庆'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: '中秋、国庆', level: 1, shiftPattern: 'H24', endOn: '2025-10-08' });
    expect(periods.some((p) => p.name === '中秋')).toBe(false);
  });

  it('a year without arrangements: usual solar dates, lunar festivals named as missing', () => {
    const { periods, needsHolidayYear } = defaultSensitivePeriods(2030, null);
    expect(needsHolidayYear).toEqual(['春节', '端午', '中秋']);
    expect(periods.map((p) => p.name)).toEqual(['元旦', '全国两会', '清明', '五一', '高考', '七一建党纪念日', '国庆']);
    expect(periods.find((p) => p.name === '国庆')).toMatchObject({ startOn: '2030-10-01', endOn: '2030-10-07' });
  });

  it('ignores arrangements of another year', () => {
    expect(defaultSensitivePeriods(2027, year(2026)).needsHolidayYear).toEqual(['春节', '端午', '中秋']);
  });

  it('every period of every built-in year lies in order with a start before its end', () => {
    for (const h of OFFICIAL_HOLIDAYS) {
      for (const p of defaultSensitivePeriods(h.year, h).periods) expect(p.startOn <= p.endOn).toBe(true);
    }
  });
});
