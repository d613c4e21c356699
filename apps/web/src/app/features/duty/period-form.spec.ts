import type { SensitivePeriodRequest } from '@julu/contracts';
import { periodFormErrors, periodRequestOf } from './period-form';

const period = (): SensitivePeriodRequest => ({
  name: '全国两会',
  level: 1,
  scope: 'NATIONAL',
  startOn: '2026-03-03',
  endOn: '2026-03-12',
  shiftPattern: 'H24',
  reportDueTime: '16:30',
  notes: '',
});

describe('修改敏感节点 check', () => {
  it('takes a period the API takes, a one-day one and a full year included', () => {
    expect(periodFormErrors(period())).toEqual([]);
    expect(periodFormErrors({ ...period(), endOn: '2026-03-03' })).toEqual([]);
    expect(periodFormErrors({ ...period(), endOn: '2027-03-03' })).toEqual([]);
  });

  it('names every missing field on its control, in reading order', () => {
    expect(periodFormErrors({ ...period(), name: '  ', startOn: '', endOn: '', reportDueTime: '' })).toEqual([
      { field: 'name', message: '请填写节点名称' },
      { field: 'startOn', message: '请选择开始日期' },
      { field: 'endOn', message: '请选择结束日期' },
      { field: 'reportDueTime', message: '请选择日报截止时间' },
    ]);
  });

  it('refuses what the service refuses: an end before the start, a period over a year', () => {
    expect(periodFormErrors({ ...period(), endOn: '2026-03-02' })).toEqual([{ field: 'endOn', message: '结束日期不能早于开始日期' }]);
    expect(periodFormErrors({ ...period(), endOn: '2027-03-04' })).toEqual([{ field: 'endOn', message: '一个敏感节点最长一年' }]);
  });

  it('refuses what the DTO refuses: long texts, a malformed time, values outside the lists', () => {
    const form = { ...period(), name: '节'.repeat(51), reportDueTime: '24:00', notes: '说'.repeat(501) };
    expect(periodFormErrors(form).map((e) => e.field)).toEqual(['name', 'reportDueTime', 'notes']);
    const odd = { ...period(), level: 4, scope: 'TOWN', shiftPattern: 'WEEKLY' } as unknown as SensitivePeriodRequest;
    expect(periodFormErrors(odd).map((e) => e.field)).toEqual(['level', 'scope', 'shiftPattern']);
  });

  it('sends the name and notes trimmed', () => {
    expect(periodRequestOf({ ...period(), name: ' 全国两会 ', notes: ' 提前部署 ' })).toEqual({ ...period(), notes: '提前部署' });
  });
});
