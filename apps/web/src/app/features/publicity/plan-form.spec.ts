import { planRequestOf, planRowErrors } from './plan-form';

describe('planRequestOf', () => {
  it('sends the year, the planned number and a trimmed note', () => {
    expect(planRequestOf(2026, 4, ' 每季度一次 ')).toEqual({ year: 2026, plannedTimes: 4, note: '每季度一次' });
    expect(planRequestOf(2026, '2', '  ')).toEqual({ year: 2026, plannedTimes: 2 });
  });

  it.each([null, '', 0, 53, 1.5])('refuses %p', (planned) => {
    expect(planRequestOf(2026, planned, '')).toBeNull();
  });
});

describe('planRowErrors', () => {
  it('puts a missing or out-of-range number on 计划次数 and a long note on 备注', () => {
    expect(planRowErrors(4, '每季度一次')).toEqual([]);
    expect(planRowErrors(null, '')).toEqual([{ field: 'plannedTimes', message: '请填写计划次数（1 至 52 次）' }]);
    expect(planRowErrors(53, '注'.repeat(501))).toEqual([
      { field: 'plannedTimes', message: '计划次数须为 1 至 52 的整数' },
      { field: 'note', message: '备注不超过 500 个字，请删减' },
    ]);
  });
});
