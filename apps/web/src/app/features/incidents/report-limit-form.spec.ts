import { reportLimitRequestOf } from './report-limit-form';

describe('reportLimitRequestOf', () => {
  it('accepts whole minutes from 1 to 1440, typed or numeric', () => {
    expect(reportLimitRequestOf(30, '60')).toEqual({ phoneMinutes: 30, writtenMinutes: 60 });
    expect(reportLimitRequestOf(1, 1440)).toEqual({ phoneMinutes: 1, writtenMinutes: 1440 });
  });

  it.each([
    [null, 60],
    ['', 60],
    [0, 60],
    [30, 1441],
    [12.5, 60],
  ])('refuses %p / %p', (phone, written) => {
    expect(reportLimitRequestOf(phone, written)).toBeNull();
  });
});
