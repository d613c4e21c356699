import type { CurrentUser, DutyRosterView } from '@julu/contracts';
import { chinaInstant } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { addDutyStaff, currentUser } from '../../../test/duty-test-kit';
import { DutySweepService } from './jobs/duty-sweep.service';
import { DutyReportsService } from './reports/duty-reports.service';
import { ShiftsService } from './shifts/shifts.service';

const PASSWORD = 'duty-sweep-test-password-1';
const at = (date: string, h: number, m = 0): Date => chinaInstant(date, h, m);

describe('duty sweep: missed shifts and missing/late daily reports, flagged once (real PostgreSQL)', () => {
  let t: SeededApp;
  let sweep: DutySweepService;
  let shifts: ShiftsService;
  let reports: DutyReportsService;
  let township: CurrentUser;
  let people: Record<string, string>;
  let roster: DutyRosterView;
  let town: string;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'township']);
    sweep = t.app.get(DutySweepService);
    shifts = t.app.get(ShiftsService);
    reports = t.app.get(DutyReportsService);
    township = await currentUser(t, 'township');
    town = await t.unitId('巨鹿镇');
    people = await addDutyStaff(t, '巨鹿镇', ['带班甲', '带班乙', '带班丙']);
    const res = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({
        unitId: town,
        dateFrom: '2026-01-05',
        dateTo: '2026-01-07',
        pattern: 'H24',
        leaderIds: [people['带班甲'], people['带班乙'], people['带班丙']],
        staffIds: [township.id],
        staffPerShift: 1,
      })
      .expect(201);
    roster = (await t.http().post(`/api/duty/rosters/${res.body.id}/publish`).set(t.auth.township).expect(200)).body;
  });

  afterAll(async () => {
    await t.close();
  });

  const notifications = async (dedupe: string): Promise<{ user_id: string; kind: string }[]> =>
    t.dataSource.query('SELECT user_id, kind FROM notification WHERE dedupe_key = $1 ORDER BY user_id', [dedupe]);

  it('marks 缺岗 exactly the shift nobody checked in to, once, and tells its leader once, even when two sweeps race', async () => {
    const [first, second, third] = roster.shifts;
    await shifts.checkIn(first.id, township, at('2026-01-05', 8, 35));
    await shifts.checkOut(first.id, { handoverNote: '平稳' }, township, at('2026-01-06', 8, 25));
    await reports.submit({ reportDate: '2026-01-05', type: 'ZERO' }, township, at('2026-01-05', 15, 0));
    // 29 minutes after the second shift's start: not yet missed.
    expect(await sweep.run(at('2026-01-06', 8, 59))).toEqual({ shiftsMissed: 0, reportsMissing: 0, reportsLate: 0 });
    const runs = await Promise.all([sweep.run(at('2026-01-06', 9, 5)), sweep.run(at('2026-01-06', 9, 5))]);
    expect(runs.map((r) => r.shiftsMissed).sort()).toEqual([0, 1]);
    expect(await sweep.run(at('2026-01-06', 9, 10))).toEqual({ shiftsMissed: 0, reportsMissing: 0, reportsLate: 0 });
    const statuses: { id: string; status: string }[] = await t.dataSource.query('SELECT id, status FROM duty_shift WHERE roster_id = $1 ORDER BY start_at', [roster.id]);
    expect(statuses).toEqual([
      { id: first.id, status: 'COMPLETED' },
      { id: second.id, status: 'MISSED' },
      { id: third.id, status: 'PLANNED' },
    ]);
    expect(await notifications(`duty-missed:${second.id}`)).toEqual([{ user_id: second.leader.id, kind: 'DUTY_MISSED' }]);
    const events = await t.dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1`, [second.id]);
    expect(events).toEqual([{ event_type: 'duty.shift-missed' }]);
    await expect(shifts.checkIn(second.id, township, at('2026-01-06', 9, 20))).rejects.toThrow('缺岗');
  });

  it('flags the missing report after its due time and the late one when it comes, each once', async () => {
    await expect(reports.submit({ reportDate: '2026-01-07', type: 'ZERO' }, township, at('2026-01-06', 15, 0))).rejects.toThrow('以后日期');
    // 2026-01-06 is due at 16:30: nothing before, one flag after, whoever runs the sweep first.
    expect((await sweep.run(at('2026-01-06', 16, 29))).reportsMissing).toBe(0);
    const runs = await Promise.all([sweep.run(at('2026-01-06', 16, 31)), sweep.run(at('2026-01-06', 16, 31))]);
    expect(runs.map((r) => r.reportsMissing).sort()).toEqual([0, 1]);
    expect((await sweep.run(at('2026-01-06', 17, 0))).reportsMissing).toBe(0);
    const due = await reports.due('2026-01-06', township, at('2026-01-06', 17, 0));
    expect(due).toEqual([expect.objectContaining({ unitName: '巨鹿镇', state: 'MISSING', report: null, dueAt: '2026-01-06T08:30:00.000Z' })]);

    const late = await reports.submit(
      { reportDate: '2026-01-06', type: 'DAILY', hasAbnormal: true, content: '王某等 3 人拟赴市集体访，已稳控', keyPersonDynamics: '王某：在家' },
      township,
      at('2026-01-06', 18, 0),
    );
    expect(late).toMatchObject({ late: true, hasAbnormal: true, type: 'DAILY' });
    expect(await sweep.run(at('2026-01-06', 18, 5))).toEqual({ shiftsMissed: 0, reportsMissing: 0, reportsLate: 1 });
    expect(await sweep.run(at('2026-01-06', 18, 10))).toEqual({ shiftsMissed: 0, reportsMissing: 0, reportsLate: 0 });
    const flags = await t.dataSource.query(`SELECT report_date::text AS date, kind FROM duty_report_flag ORDER BY report_date, kind`);
    expect(flags).toEqual([
      { date: '2026-01-06', kind: 'LATE' },
      { date: '2026-01-06', kind: 'MISSING' },
    ]);
    const missing = await notifications(`duty-report-missing:${town}:2026-01-06`);
    expect(missing.map((n) => n.user_id).sort()).toEqual(expect.arrayContaining([township.id]));
    expect(new Set(missing.map((n) => n.user_id)).size).toBe(missing.length);
    expect(await notifications(`duty-report-late:${town}:2026-01-06`)).toHaveLength(1);
    expect((await reports.due('2026-01-06', township, at('2026-01-06', 19, 0)))[0].state).toBe('LATE');
    expect((await reports.due('2026-01-05', township, at('2026-01-06', 19, 0)))[0].state).toBe('SUBMITTED');
  });

  it('reports over HTTP: one 零报告 a day, no abnormal flag on a 零报告, a 日报 needs content, another township is not found', async () => {
    const zero = await t.http().post('/api/duty/reports').set(t.auth.township).send({ reportDate: '2026-01-07', type: 'ZERO' }).expect(201);
    // Filed today for a day long past: late.
    expect(zero.body).toMatchObject({ type: 'ZERO', hasAbnormal: false, content: '今日无异常情况', unitName: '巨鹿镇', late: true, dueAt: '2026-01-07T08:30:00.000Z' });
    await t.http().post('/api/duty/reports').set(t.auth.township).send({ reportDate: '2026-01-07', type: 'ZERO' }).expect(409);
    expect((await t.http().post('/api/duty/reports').set(t.auth.township).send({ reportDate: '2026-01-08', type: 'ZERO', hasAbnormal: true }).expect(400)).body.message).toContain(
      '零报告表示无异常',
    );
    expect((await t.http().post('/api/duty/reports').set(t.auth.township).send({ reportDate: '2026-01-08', type: 'DAILY' }).expect(400)).body.message).toContain('请填写日报内容');
    await t
      .http()
      .post('/api/duty/reports')
      .set(t.auth.township)
      .send({ unitId: await t.unitId('王虎寨镇'), reportDate: '2026-01-08', type: 'ZERO' })
      .expect(404);
    const page = await t.http().get('/api/duty/reports?limit=2').set(t.auth.supervisor).expect(200);
    expect(page.body.items.map((r: { reportDate: string }) => r.reportDate)).toEqual(['2026-01-07', '2026-01-06']);
    const next = await t.http().get(`/api/duty/reports?limit=2&cursor=${page.body.nextCursor}`).set(t.auth.supervisor).expect(200);
    expect(next.body).toEqual({ items: [expect.objectContaining({ reportDate: '2026-01-05' })], nextCursor: null });
  });
});
