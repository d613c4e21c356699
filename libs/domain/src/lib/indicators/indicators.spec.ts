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

  // Issue 16: the words beside each figure say what the computation does (DOMAIN.md §4.3, §6.2, §7.2).
  it.each([
    ['INCIDENT_REPORT_RATE', 'denominator', ['待定', '上级通报', '暂不计入']],
    ['INCIDENT_REPORT_RATE', 'numerator', ['本级发现', '均在时限内']],
    ['ACCEPTANCE_TIMELINESS', 'formula', ['按事项计']],
    ['ACCEPTANCE_TIMELINESS', 'interpretation', ['整件计为不及时']],
    ['DIVERSION_RATE', 'numerator', ['政法部门', '第二十二条第二款', '已送达']],
    ['DIVERSION_RATE', 'denominator', ['全部涉法涉诉事项', '不论如何认定']],
    ['BACKLOG_RESOLUTION_RATE', 'numerator', ['已终结', '不论是否填写息诉罢访日期']],
  ] as const)('DOMAIN.md §6: %s states its %s as the rule applies it', (code, part, words) => {
    const text = INDICATOR_DEFINITIONS.find((d) => d.code === code)?.[part] ?? '';
    for (const word of words) expect(text).toContain(word);
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
