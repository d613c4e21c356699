import type { DutyShiftView } from '@julu/contracts';
import { rosterFormErrors, type RosterForm, swapFormErrors, swappableShifts, swapRequestOf, unavailabilityFormErrors, unavailabilityRequestOf } from './duty-forms';

const shift = (id: string, date: string, leader: string, staff: string[] = [], change: Partial<DutyShiftView> = {}): DutyShiftView =>
  ({
    id,
    date,
    startAt: `${date}T00:00:00.000Z`,
    status: 'PLANNED',
    rosterStatus: 'PUBLISHED',
    leader: { id: leader, name: leader },
    staff: staff.map((s) => ({ id: s, name: s })),
    ...change,
  }) as DutyShiftView;

describe('swappableShifts', () => {
  it('keeps the coming, not yet started shifts the person leads or staffs, earliest first', () => {
    const shifts = [
      shift('later', '2026-05-03', 'me'),
      shift('staffed', '2026-05-02', 'boss', ['me']),
      shift('past', '2026-04-30', 'me'),
      shift('started', '2026-05-01', 'me', [], { status: 'ON_DUTY' }),
      shift('closed', '2026-05-04', 'me', [], { rosterStatus: 'CLOSED' }),
      shift('theirs', '2026-05-05', 'colleague'),
    ];
    expect(swappableShifts(shifts, 'me', '2026-05-01').map((s) => s.id)).toEqual(['staffed', 'later']);
  });
});

describe('swapRequestOf', () => {
  const form = { kind: 'SUBSTITUTE' as const, shiftId: 's1', toUserId: 'u2', counterpartShiftId: 'left-over', reason: ' 请假 ' };

  it('builds a 替班 request from the person, without a counterpart shift', () => {
    expect(swapRequestOf(form, 'u1')).toEqual({ ok: true, value: { kind: 'SUBSTITUTE', shiftId: 's1', fromUserId: 'u1', toUserId: 'u2', reason: '请假' } });
  });

  it('builds a 换班 request with the colleague’s shift', () => {
    const checked = swapRequestOf({ ...form, kind: 'EXCHANGE', counterpartShiftId: 's2' }, 'u1');
    expect(checked).toEqual({ ok: true, value: { kind: 'EXCHANGE', shiftId: 's1', fromUserId: 'u1', toUserId: 'u2', counterpartShiftId: 's2', reason: '请假' } });
  });

  it.each([
    [{ shiftId: '' }, '请选择要调换的班次'],
    [{ toUserId: '' }, '请选择替换人'],
    [{ toUserId: 'u1' }, '替换人不能是本人'],
    [{ kind: 'EXCHANGE' as const, counterpartShiftId: '' }, '换班请选择对方的班次'],
    [{ kind: 'EXCHANGE' as const, counterpartShiftId: 's1' }, '对方的班次不能与本人的班次相同'],
    [{ reason: ' 事 ' }, '请填写换班（替班）事由（至少 2 个字）'],
  ])('names what is missing: %j', (change, problem) => {
    expect(swapRequestOf({ ...form, ...change }, 'u1')).toEqual({ ok: false, problem });
  });
});

describe('unavailabilityRequestOf', () => {
  it('accepts a one-day range and trims the reason', () => {
    expect(unavailabilityRequestOf({ from: '2026-05-01', to: '2026-05-01', reason: ' 出差 ' })).toEqual({
      ok: true,
      value: { from: '2026-05-01', to: '2026-05-01', reason: '出差' },
    });
  });

  it.each([
    [{ from: '', to: '2026-05-01', reason: '出差' }, '请选择开始日期'],
    [{ from: '2026-05-01', to: '', reason: '出差' }, '请选择结束日期'],
    [{ from: '2026-05-02', to: '2026-05-01', reason: '出差' }, '结束日期不能早于开始日期'],
    [{ from: '2026-05-01', to: '2026-05-02', reason: '  ' }, '请填写不能值班的原因（至少 2 个字，如：请假、出差）'],
  ])('refuses %j', (form, problem) => {
    expect(unavailabilityRequestOf(form)).toEqual({ ok: false, problem });
  });
});

describe('rosterFormErrors and swapFormErrors', () => {
  const roster: RosterForm = {
    unitId: 'unit',
    dateFrom: '',
    dateTo: '',
    pattern: 'H24',
    periodId: '',
    leaderIds: [],
    staffIds: [],
    peoplePerShift: 3,
    dutyPhone: '',
  };

  it('puts each roster problem on its control, the shortfall of 值班人员 on their list', () => {
    expect(rosterFormErrors(roster).map((e) => e.field)).toEqual(['dateFrom', 'dateTo', 'leaderIds', 'staffIds']);
    expect(rosterFormErrors({ ...roster, dateFrom: '2026-12-02', dateTo: '2026-12-01', leaderIds: ['l'], staffIds: ['a', 'b'] })).toEqual([
      { field: 'dateTo', message: '结束日期不能早于开始日期' },
    ]);
    expect(rosterFormErrors({ ...roster, dateFrom: '2026-12-01', dateTo: '2026-12-01', leaderIds: ['l'], peoplePerShift: 22 }).map((e) => e.field)).toEqual(['peoplePerShift']);
  });

  it('puts each 换班 problem on its control', () => {
    const swap = { kind: 'EXCHANGE' as const, shiftId: '', toUserId: 'me', counterpartShiftId: '', reason: '' };
    expect(swapFormErrors(swap, 'me').map((e) => e.field)).toEqual(['shiftId', 'toUserId', 'counterpartShiftId', 'reason']);
    expect(swapFormErrors({ ...swap, shiftId: 's1', toUserId: 'u2', counterpartShiftId: 's2', reason: '家中有事' }, 'me')).toEqual([]);
  });
});

describe('unavailabilityFormErrors', () => {
  it('marks each missing date and the reason on its own control', () => {
    expect(unavailabilityFormErrors({ from: '', to: '', reason: '' }).map((e) => e.field)).toEqual(['from', 'to', 'reason']);
    expect(unavailabilityFormErrors({ from: '2026-05-02', to: '2026-05-01', reason: '出差' })).toEqual([{ field: 'to', message: '结束日期不能早于开始日期' }]);
  });
});
