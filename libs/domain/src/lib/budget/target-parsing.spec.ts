import fc from 'fast-check';
import { parseTarget, targetDirection, targetMet, targetRowKind } from './target-parsing';

describe('target parsing of 绩效目标表 指标值 (DOMAIN.md §6.1–6.2)', () => {
  it.each([
    ['≥200次', '≥', 200, '次'],
    ['≥200批次', '≥', 200, '批次'],
    ['≥95%', '≥', 95, '%'],
    ['100%', '=', 100, '%'],
    ['180元/人/天', '=', 180, '元/人/天'],
    ['10万元', '=', 10, '万元'],
    ['≥12次', '≥', 12, '次'],
    ['≤90万元', '≤', 90, '万元'],
    ['>=50个', '≥', 50, '个'],
    ['<=3天', '≤', 3, '天'],
    ['＝100％', '=', 100, '%'],
    ['不低于 95 %', '≥', 95, '%'],
    ['不超过5.5万元', '≤', 5.5, '万元'],
    ['≥ ９５%', '≥', 95, '%'],
    ['=1', '=', 1, null],
  ] as const)('reads %s as %s %s %s', (text, operator, value, unit) => {
    expect(parseTarget(text)).toEqual({ original: text.trim(), operator, value, unit, flags: [] });
  });

  it('keeps the original text, trimmed of surrounding blanks only', () => {
    expect(parseTarget('  ≥200次\u3000').original).toBe('≥200次');
  });

  it.each(['有效控制运行成本', '通过信访专线按要求及时办理信访事项', '数据多跑路，群众少跑腿', '达成预期指标'])('reads free text %s as 定性 without a flag', (text) => {
    expect(parseTarget(text)).toEqual({ original: text, operator: '定性', value: null, unit: null, flags: [] });
  });

  it('flags an empty cell', () => {
    expect(parseTarget('  ')).toEqual({ original: '', operator: null, value: null, unit: null, flags: ['EMPTY'] });
    expect(parseTarget(null).flags).toEqual(['EMPTY']);
  });

  it.each(['200-300次', '约200次', '全年不少于12次以上并覆盖100%', '≥95%或≥200次', '第1季度完成'])('flags %s as unparseable and keeps it as written', (text) => {
    expect(parseTarget(text)).toEqual({ original: text, operator: null, value: null, unit: null, flags: ['UNPARSEABLE'] });
  });

  it('flags an unknown unit but still reads the number', () => {
    expect(parseTarget('≥5公里')).toEqual({ original: '≥5公里', operator: '≥', value: 5, unit: '公里', flags: ['UNKNOWN_UNIT'] });
  });

  it('flags ≥95% on a count row (年度服务部门数量, project 5 of 2020) as a unit mismatch', () => {
    expect(parseTarget('≥95%', { level2: '数量指标', name: '年度服务部门数量' })).toEqual({ original: '≥95%', operator: '≥', value: 95, unit: '%', flags: ['UNIT_MISMATCH'] });
    expect(parseTarget('≥200次', { level2: '数量指标', name: '接待来访群众批次' }).flags).toEqual([]);
    expect(parseTarget('≥200次', { level2: '质量指标', name: '突发信访问题上报率' }).flags).toEqual(['UNIT_MISMATCH']);
    expect(parseTarget('≥95%', { level2: '质量指标', name: '突发信访问题上报率' }).flags).toEqual([]);
  });

  it('flags ≥100% (群众来访接待率, project 5 of 2020): a rate cannot exceed its ceiling', () => {
    expect(parseTarget('≥100%', { level2: '质量指标', name: '群众来访接待率' })).toEqual({ original: '≥100%', operator: '≥', value: 100, unit: '%', flags: ['RATE_AT_CEILING'] });
    expect(parseTarget('100%').flags).toEqual([]);
  });

  it('classifies rows by 二级指标 and name', () => {
    expect(targetRowKind('数量指标', '年度服务部门数量')).toBe('COUNT');
    expect(targetRowKind('时效指标', '完成率')).toBe('RATE');
    expect(targetRowKind('成本指标', '人均财政投入水平')).toBe('OTHER');
  });

  it('maps operators to scoring directions', () => {
    expect(['≥', '≤', '=', '定性'].map((o) => targetDirection(o as '≥'))).toEqual(['POSITIVE', 'NEGATIVE', 'EQUAL', 'QUALITATIVE']);
  });

  it('judges whether an actual meets its target', () => {
    expect(targetMet({ operator: '≥', value: 200 }, 230)).toBe(true);
    expect(targetMet({ operator: '≥', value: 95 }, 90)).toBe(false);
    expect(targetMet({ operator: '≤', value: 90 }, 90)).toBe(true);
    expect(targetMet({ operator: '≤', value: 90 }, 91)).toBe(false);
    expect(targetMet({ operator: '=', value: 180 }, 180)).toBe(true);
    expect(targetMet({ operator: '=', value: 180 }, 170)).toBe(false);
    expect(targetMet({ operator: '定性', value: null }, 1)).toBeNull();
    expect(targetMet({ operator: '≥', value: 95 }, null)).toBeNull();
    expect(targetMet({ operator: null, value: null }, 3)).toBeNull();
  });

  it('never loses the text and never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseTarget(text);
        expect(parsed.original).toBe(text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
        if (parsed.operator === null) expect(parsed.flags.length).toBeGreaterThan(0);
        if (parsed.operator !== null && parsed.operator !== '定性') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });

  it('reads back any well-formed target it is given (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('≥', '≤', '='), fc.integer({ min: 0, max: 100000 }), fc.constantFrom('次', '批次', '%', '元/人/天', '万元'), (op, value, unit) => {
        expect(parseTarget(`${op}${value}${unit}`)).toMatchObject({ operator: op, value, unit });
      }),
    );
  });
});
