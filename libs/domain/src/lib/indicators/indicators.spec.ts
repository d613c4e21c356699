import { INDICATOR_CODES, INDICATOR_DEFINITIONS, indicatorValue, meetsTarget } from './indicator-definitions';
import { parsePeriod, periodsOf, periodsOfYear } from './periods';

describe('indicator definitions', () => {
  it('define every code once, each with its formula, numerator, denominator and interpretation', () => {
    expect(INDICATOR_DEFINITIONS.map((d) => d.code)).toEqual([...INDICATOR_CODES]);
    for (const d of INDICATOR_DEFINITIONS) {
      expect([d.formula, d.numerator, d.denominator, d.interpretation].every((text) => text.length > 4)).toBe(true);
      expect(d.version).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([
    ['RATE', 19, 20, 95],
    ['RATE', 2, 3, 66.67],
    ['RATE', 0, 0, null],
    ['COUNT', 230, 230, 230],
  ] as const)('%s of %i/%i is %s', (kind, n, d, value) => {
    expect(indicatorValue(kind, n, d)).toBe(value);
  });

  it('compares with the target by its operator', () => {
    expect(meetsTarget(95, { operator: '≥', value: 95 })).toBe(true);
    expect(meetsTarget(94.99, { operator: '≥', value: 95 })).toBe(false);
    expect(meetsTarget(12, { operator: '≤', value: 10 })).toBe(false);
    expect(meetsTarget(null, { operator: '≥', value: 95 })).toBeNull();
  });
});

describe('statistics periods', () => {
  it('parses months, quarters and years into half-open date ranges', () => {
    expect(parsePeriod('2026-12')).toEqual({ key: '2026-12', kind: 'MONTH', from: '2026-12-01', to: '2027-01-01' });
    expect(parsePeriod('2026Q4')).toEqual({ key: '2026Q4', kind: 'QUARTER', from: '2026-10-01', to: '2027-01-01' });
    expect(parsePeriod('2026Q1')).toMatchObject({ from: '2026-01-01', to: '2026-04-01' });
    expect(parsePeriod('2026')).toEqual({ key: '2026', kind: 'YEAR', from: '2026-01-01', to: '2027-01-01' });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026Q5')).toBeNull();
  });

  it('knows the month, quarter and year of a day, and all periods of a year', () => {
    expect(periodsOf('2026-11-26').map((p) => p.key)).toEqual(['2026-11', '2026Q4', '2026']);
    expect(periodsOfYear(2026)).toHaveLength(17);
  });
});
