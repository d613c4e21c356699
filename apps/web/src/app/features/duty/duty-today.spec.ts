import type { DutyReportDueRow, DutyReportView } from '@julu/contracts';
import { checkInWindow, relativeDay, reportFormErrors, reportStateText, undoSecondsLeft, undoWindowText } from './duty-today';
import { rosterRequestOf, type RosterForm } from './duty-forms';

const shift = { startAt: '2026-12-08T00:30:00.000Z', endAt: '2026-12-09T00:30:00.000Z' }; // 08:30 China time, 24 h

describe('checkInWindow', () => {
  it('opens an hour before the start and closes at the end, as the API does', () => {
    expect(checkInWindow(shift, new Date('2026-12-07T15:00:00.000Z'))).toEqual({ state: 'NOT_YET', opensAt: new Date('2026-12-07T23:30:00.000Z') });
    expect(checkInWindow(shift, new Date('2026-12-07T23:29:59.000Z')).state).toBe('NOT_YET');
    expect(checkInWindow(shift, new Date('2026-12-07T23:30:00.000Z')).state).toBe('OPEN');
    expect(checkInWindow(shift, new Date('2026-12-09T00:29:00.000Z')).state).toBe('OPEN');
    expect(checkInWindow(shift, new Date('2026-12-09T00:30:00.000Z')).state).toBe('OVER');
  });
});

describe('relativeDay', () => {
  it('names today, tomorrow and yesterday, nothing else', () => {
    expect(relativeDay('2026-12-07', '2026-12-07')).toBe('今天');
    expect(relativeDay('2026-12-08', '2026-12-07')).toBe('明天');
    expect(relativeDay('2026-12-06', '2026-12-07')).toBe('昨天');
    expect(relativeDay('2026-12-10', '2026-12-07')).toBe('');
  });
});

const report = (change: Partial<DutyReportView> = {}): DutyReportView => ({
  id: 'r1',
  unitId: 'u1',
  unitName: '巨鹿镇',
  reportDate: '2026-12-07',
  type: 'ZERO',
  hasAbnormal: false,
  content: '今日无异常情况',
  keyPersonDynamics: '',
  submittedAt: '2026-12-07T08:02:00.000Z',
  submittedBy: { id: 'me', name: '赵干事（巨鹿镇）' },
  dueAt: '2026-12-07T08:30:00.000Z',
  late: false,
  undoUntil: '2026-12-07T08:07:00.000Z',
  ...change,
});
const day = (change: Partial<DutyReportDueRow>): DutyReportDueRow => ({
  unitId: 'u1',
  unitName: '巨鹿镇',
  reportDate: '2026-12-07',
  dueAt: '2026-12-07T08:30:00.000Z',
  state: 'PENDING',
  report: null,
  ...change,
});

describe('reportStateText', () => {
  it('says what was filed, by whom and when (China time), or that nothing was', () => {
    expect(reportStateText(day({}))).toBe('今日尚未报送（截止 16:30）');
    expect(reportStateText(day({ state: 'MISSING' }))).toBe('今日未报送，已过截止时间（截止 16:30）');
    expect(reportStateText(day({ state: 'SUBMITTED', report: report() }))).toBe('零报告已报送：赵干事（巨鹿镇） 16:02 报送');
    expect(reportStateText(day({ state: 'LATE', report: report({ type: 'DAILY', late: true, submittedAt: '2026-12-07T10:00:00.000Z' }) }))).toBe(
      '日报已报送（迟报）：赵干事（巨鹿镇） 18:00 报送',
    );
  });
});

describe('undoSecondsLeft', () => {
  it('counts down to the undo deadline for the filer only', () => {
    expect(undoSecondsLeft(report(), 'me', new Date('2026-12-07T08:03:00.000Z'))).toBe(240);
    expect(undoSecondsLeft(report(), 'me', new Date('2026-12-07T08:07:00.000Z'))).toBe(0);
    expect(undoSecondsLeft(report(), 'someone-else', new Date('2026-12-07T08:03:00.000Z'))).toBe(0);
    expect(undoSecondsLeft(report(), undefined, new Date('2026-12-07T08:03:00.000Z'))).toBe(0);
    expect(undoWindowText(240)).toBe('还可撤销 4 分钟');
    expect(undoWindowText(45)).toBe('还可撤销 45 秒');
  });
});

describe('rosterRequestOf', () => {
  const form: RosterForm = {
    unitId: 'u1',
    dateFrom: '2026-12-07',
    dateTo: '2026-12-13',
    pattern: 'H24',
    periodId: '',
    leaderIds: ['zhao'],
    staffIds: [],
    peoplePerShift: 1,
    dutyPhone: '',
  };

  it('lets a one-person township roster its officer alone with 每班值班人数 1 (the leader included)', () => {
    expect(rosterRequestOf(form)).toEqual({
      ok: true,
      value: { unitId: 'u1', dateFrom: '2026-12-07', dateTo: '2026-12-13', pattern: 'H24', leaderIds: ['zhao'], staffIds: [], staffPerShift: 0 },
    });
  });

  it('asks the API for one 值班人员 fewer than the people per shift, and says what is missing', () => {
    expect(rosterRequestOf({ ...form, staffIds: ['qian', 'sun'], peoplePerShift: 2, dutyPhone: '0319-1', periodId: 'p1' })).toMatchObject({
      ok: true,
      value: { staffPerShift: 1, dutyPhone: '0319-1', periodId: 'p1' },
    });
    expect(rosterRequestOf({ ...form, peoplePerShift: 2 })).toEqual({ ok: false, problem: '每班 2 人需带班领导 1 人和值班人员 1 人，但值班人员只选了 0 人' });
    expect(rosterRequestOf({ ...form, peoplePerShift: 0 })).toEqual({ ok: false, problem: '每班值班人数应为 1 至 21 人（含带班领导）' });
    expect(rosterRequestOf({ ...form, leaderIds: [] })).toEqual({ ok: false, problem: '请至少选择一名带班领导' });
    expect(rosterRequestOf({ ...form, dateTo: '2026-12-01' })).toEqual({ ok: false, problem: '结束日期不能早于开始日期' });
  });
});

describe('reportFormErrors', () => {
  const blank = { hasAbnormal: false, content: '', keyPersonDynamics: '' };
  it('takes a 零报告 only without 有异常情况, and asks a 日报 for its content', () => {
    expect(reportFormErrors('ZERO', blank)).toEqual([]);
    expect(reportFormErrors('ZERO', { ...blank, hasAbnormal: true }).map((e) => e.field)).toEqual(['hasAbnormal']);
    expect(reportFormErrors('DAILY', blank)).toEqual([{ field: 'content', message: '请填写日报内容；今日无异常可报送零报告' }]);
    expect(reportFormErrors('DAILY', { ...blank, hasAbnormal: true, content: ' ' })[0]?.message).toBe('请在日报内容中写明异常情况');
    expect(reportFormErrors('DAILY', { ...blank, content: '平稳', keyPersonDynamics: '动'.repeat(5001) }).map((e) => e.field)).toEqual(['keyPersonDynamics']);
    expect(reportFormErrors('DAILY', { ...blank, content: '平稳' })).toEqual([]);
  });
});
