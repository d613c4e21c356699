import { reportLimitErrors } from './report-limit-form';

describe('reportLimitErrors', () => {
  it('accepts whole minutes from 1 to 1440, typed or numeric', () => {
    expect(reportLimitErrors(30, '60')).toEqual([]);
    expect(reportLimitErrors(1, 1440)).toEqual([]);
  });

  it('names each limit the API would refuse on its own control', () => {
    expect(reportLimitErrors(null, 60)).toEqual([{ field: 'phoneMinutes', message: '请填写电话报告时限（1 至 1440 分钟）' }]);
    expect(reportLimitErrors(30, '')).toEqual([{ field: 'writtenMinutes', message: '请填写书面报告时限（1 至 1440 分钟）' }]);
    expect(reportLimitErrors(0, 1441)).toEqual([
      { field: 'phoneMinutes', message: '电话报告时限至少为 1 分钟' },
      { field: 'writtenMinutes', message: '书面报告时限不能超过 24 小时（1440 分钟）' },
    ]);
    expect(reportLimitErrors(12.5, 60)).toEqual([{ field: 'phoneMinutes', message: '电话报告时限须为整数分钟' }]);
  });
});
