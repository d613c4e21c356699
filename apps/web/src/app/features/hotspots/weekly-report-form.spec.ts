import { weeklyReportErrors } from './weekly-report-form';

describe('weeklyReportErrors', () => {
  it('takes a zero report with or without a note, and a report with its note', () => {
    expect(weeklyReportErrors(true, '')).toEqual([]);
    expect(weeklyReportErrors(true, '本周走访 12 个村，无新增隐患')).toEqual([]);
    expect(weeklyReportErrors(false, '新增 1 处隐患，已登记')).toEqual([]);
  });

  it('asks a report that is not a zero report for its note, on the note', () => {
    expect(weeklyReportErrors(false, '  ')).toEqual([{ field: 'note', message: '请填写排查情况说明；本周无新增隐患的，请选零报告' }]);
  });

  it('refuses a note longer than the API takes, zero report or not', () => {
    expect(weeklyReportErrors(true, '说'.repeat(2000))).toEqual([]);
    for (const zero of [true, false]) expect(weeklyReportErrors(zero, '说'.repeat(2001))).toEqual([{ field: 'note', message: '排查情况说明不超过 2000 个字，请删减' }]);
  });
});
