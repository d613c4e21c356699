import { subsidyRateFormErrors, subsidyRateRequestOf, subsidySheetFormErrors } from './subsidy-forms';

describe('新增补助标准 check', () => {
  const rate = { effectiveFrom: '2026-07-01', yuanPerPersonDay: 200, halfShiftPersonDays: 0.5 };

  it('takes a rate the API takes and sends the amount as a number', () => {
    expect(subsidyRateFormErrors(rate)).toEqual([]);
    expect(subsidyRateFormErrors({ ...rate, yuanPerPersonDay: 1, halfShiftPersonDays: 1 })).toEqual([]);
    expect(subsidyRateFormErrors({ ...rate, yuanPerPersonDay: 10000 })).toEqual([]);
    expect(subsidyRateRequestOf({ ...rate, yuanPerPersonDay: 180.5 })).toEqual({ effectiveFrom: '2026-07-01', yuanPerPersonDay: 180.5, halfShiftPersonDays: 0.5 });
  });

  it('names every missing field on its control, in reading order', () => {
    expect(subsidyRateFormErrors({ effectiveFrom: '', yuanPerPersonDay: null, halfShiftPersonDays: 2 })).toEqual([
      { field: 'effectiveFrom', message: '请选择生效日期' },
      { field: 'yuanPerPersonDay', message: '请填写补助标准（元/人/天）' },
      { field: 'halfShiftPersonDays', message: '白班/夜班折算人天应为 0.5 或 1' },
    ]);
  });

  it.each([
    [0.5, '补助标准至少 1 元'],
    [10000.01, '补助标准至多 10000 元'],
    [180.125, '补助标准应为金额（元），至多两位小数'],
    [Number.NaN, '请填写补助标准（元/人/天）'],
  ])('refuses %p yuan as the API does', (yuan, message) => {
    expect(subsidyRateFormErrors({ ...rate, yuanPerPersonDay: yuan })).toEqual([{ field: 'yuanPerPersonDay', message }]);
  });
});

describe('生成发放表 check', () => {
  it('takes a unit and a month', () => {
    expect(subsidySheetFormErrors({ unitId: 'u1', month: '2026-05' })).toEqual([]);
  });

  it('puts a missing unit and a missing or malformed month on their controls', () => {
    expect(subsidySheetFormErrors({ unitId: '', month: '' })).toEqual([
      { field: 'unitId', message: '请选择单位' },
      { field: 'month', message: '请选择月份' },
    ]);
    expect(subsidySheetFormErrors({ unitId: 'u1', month: '2026-13' })).toEqual([{ field: 'month', message: '月份应为 YYYY-MM' }]);
  });
});
