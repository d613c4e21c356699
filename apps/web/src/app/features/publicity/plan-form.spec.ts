import { planRequestOf } from './plan-form';

describe('planRequestOf', () => {
  it('sends the year, the planned number and a trimmed note', () => {
    expect(planRequestOf(2026, 4, ' 每季度一次 ')).toEqual({ year: 2026, plannedTimes: 4, note: '每季度一次' });
    expect(planRequestOf(2026, '2', '  ')).toEqual({ year: 2026, plannedTimes: 2 });
  });

  it.each([null, '', 0, 53, 1.5])('refuses %p', (planned) => {
    expect(planRequestOf(2026, planned, '')).toBeNull();
  });
});
