import type { CurrentUser, DutyRosterView } from '@julu/contracts';
import { addDays, chinaDate } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { addDutyStaff, currentUser } from '../../../test/duty-test-kit';
import { ShiftsService } from './shifts/shifts.service';

const PASSWORD = 'duty-roster-test-password-1';

describe('duty periods, rosters, shifts and swaps (real PostgreSQL)', () => {
  let t: SeededApp;
  let town: string;
  let people: Record<string, string>;
  let township: CurrentUser;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'reception', 'township']);
    town = await t.unitId('巨鹿镇');
    people = await addDutyStaff(t, '巨鹿镇', ['刘镇长', '陈副镇长', '值班甲', '值班乙', '值班丙']);
    township = await currentUser(t, 'township');
  });

  afterAll(async () => {
    await t.close();
  });

  it('adds the default sensitive periods of 2026 once, and administrators adjust them', async () => {
    const first = await t.http().post('/api/duty/periods/defaults').set(t.auth.admin).send({ year: 2026 }).expect(201);
    expect(first.body.created.map((p: { name: string }) => p.name)).toEqual(['元旦', '春节', '全国两会', '清明', '五一', '高考', '端午', '七一建党纪念日', '中秋', '国庆']);
    expect(first.body.needsHolidayYear).toEqual([]);
    const again = await t.http().post('/api/duty/periods/defaults').set(t.auth.admin).send({ year: 2026 }).expect(201);
    expect(again.body.created).toEqual([]);
    expect(again.body.skipped).toHaveLength(10);
    const { id, year, ...lianghui } = first.body.created.find((p: { name: string }) => p.name === '全国两会');
    expect(year).toBe(2026);
    const adjusted = await t
      .http()
      .put(`/api/duty/periods/${id}`)
      .set(t.auth.admin)
      .send({ ...lianghui, startOn: '2026-03-02', endOn: '2026-03-12', reportDueTime: '16:00' })
      .expect(200);
    expect(adjusted.body).toMatchObject({ startOn: '2026-03-02', endOn: '2026-03-12', reportDueTime: '16:00', level: 1, shiftPattern: 'H24' });
    const bad = await t
      .http()
      .post('/api/duty/periods')
      .set(t.auth.admin)
      .send({ ...lianghui, name: '错误', startOn: '2026-03-12', endOn: '2026-03-02' })
      .expect(400);
    expect(bad.body.message).toContain('结束日期不能早于开始日期');
    const duplicate = await t.http().post('/api/duty/periods').set(t.auth.admin).send(lianghui).expect(409);
    expect(duplicate.body.message).toContain('已有名为「全国两会」');
    await t
      .http()
      .post('/api/duty/periods')
      .set(t.auth.township)
      .send({ ...lianghui })
      .expect(403);
    const list = await t.http().get('/api/duty/periods?year=2026').set(t.auth.township).expect(200);
    expect(list.body).toHaveLength(10);
  });

  it('generates a fair roster around declared unavailability, refuses overlaps, shortages and another township', async () => {
    const periods = (await t.http().get('/api/duty/periods?year=2026').set(t.auth.admin).expect(200)).body as { id: string; name: string }[];
    const lianghui = periods.find((p) => p.name === '全国两会');
    await t.http().post('/api/duty/unavailability').set(t.auth.township).send({ userId: people['值班甲'], from: '2026-03-03', to: '2026-03-04', reason: '外出培训' }).expect(201);
    const body = {
      unitId: town,
      periodId: lianghui?.id,
      dateFrom: '2026-03-02',
      dateTo: '2026-03-10',
      pattern: 'H24',
      leaderIds: [people['刘镇长'], people['陈副镇长']],
      staffIds: [people['值班甲'], people['值班乙'], people['值班丙']],
      staffPerShift: 1,
      dutyPhone: '0319-4321000',
    };
    const res = await t.http().post('/api/duty/rosters').set(t.auth.township).send(body).expect(201);
    const roster = res.body as DutyRosterView;
    expect(roster).toMatchObject({ status: 'DRAFT', shiftCount: 9, reportDueTime: '16:00', periodName: '全国两会', unitName: '巨鹿镇' });
    const onDay = (date: string) => roster.shifts.find((s) => s.date === date);
    expect(onDay('2026-03-03')?.staff.map((s) => s.id)).not.toContain(people['值班甲']);
    expect(onDay('2026-03-04')?.staff.map((s) => s.id)).not.toContain(people['值班甲']);
    expect(roster.shifts[0]).toMatchObject({ type: 'H24', startAt: '2026-03-02T00:30:00.000Z', endAt: '2026-03-03T00:30:00.000Z', status: 'PLANNED', dutyPhone: '0319-4321000' });
    const leaderCounts = [people['刘镇长'], people['陈副镇长']].map((id) => roster.shifts.filter((s) => s.leader.id === id).length);
    expect(Math.max(...leaderCounts) - Math.min(...leaderCounts)).toBeLessThanOrEqual(1);

    const overlap = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ ...body, dateFrom: '2026-03-10', dateTo: '2026-03-12' })
      .expect(409);
    expect(overlap.body.message).toContain('日期不能重叠');
    const shortage = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ ...body, periodId: undefined, dateFrom: '2026-04-03', dateTo: '2026-04-03', staffIds: [people['值班甲']] })
      .expect(201);
    expect(shortage.body.shifts).toHaveLength(1);
    await t.http().post('/api/duty/unavailability').set(t.auth.township).send({ userId: people['值班乙'], from: '2026-04-05', to: '2026-04-05', reason: '请假' }).expect(201);
    const refused = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ ...body, periodId: undefined, dateFrom: '2026-04-05', dateTo: '2026-04-05', staffIds: [people['值班乙']] })
      .expect(400);
    expect(refused.body.message).toContain('2026-04-05全天：值班人员需 1 人，可排 0 人');
    const outsider = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ ...body, dateFrom: '2026-05-01', dateTo: '2026-05-01', leaderIds: [township.id, (await addDutyStaff(t, '王虎寨镇', ['外镇领导']))['外镇领导']] })
      .expect(400);
    expect(outsider.body.message).toContain('不属于本单位');
    const foreign = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ ...body, unitId: await t.unitId('王虎寨镇'), dateFrom: '2026-05-01', dateTo: '2026-05-01' })
      .expect(404);
    expect(JSON.stringify(foreign.body)).not.toContain('王虎寨镇');
    await t.http().get(`/api/duty/rosters/${roster.id}`).set(t.auth.township).expect(200);

    await t.http().post(`/api/duty/rosters/${roster.id}/close`).set(t.auth.township).expect(409);
    const published = await t.http().post(`/api/duty/rosters/${roster.id}/publish`).set(t.auth.township).expect(200);
    expect(published.body.status).toBe('PUBLISHED');
    await t.http().post(`/api/duty/rosters/${roster.id}/publish`).set(t.auth.township).expect(409);
    const month = await t.http().get(`/api/duty/shifts?unitId=${town}&month=2026-03`).set(t.auth.reception).expect(200);
    expect(month.body).toHaveLength(9);
    const outbox = await t.dataSource.query(`SELECT event_type FROM outbox_event WHERE aggregate_id = $1`, [roster.id]);
    expect(outbox).toEqual([{ event_type: 'duty.roster-published' }]);
  });

  it('swaps: a 替班 and a 换班 keep every shift manned, need another person to approve, and refuse the unavailable', async () => {
    const rosters = (await t.http().get(`/api/duty/rosters?unitId=${town}`).set(t.auth.township).expect(200)).body.items as { id: string; dateFrom: string }[];
    const roster = (
      await t
        .http()
        .get(`/api/duty/rosters/${rosters.find((r) => r.dateFrom === '2026-03-02')?.id}`)
        .set(t.auth.township)
        .expect(200)
    ).body as DutyRosterView;
    const [a, b] = roster.shifts.filter((s) => s.date >= '2026-03-05');
    const outsider = Object.values(people).find((id) => id !== a.staff[0].id && id !== a.leader.id && id !== people['刘镇长'] && id !== people['陈副镇长']) as string;
    const sub = await t
      .http()
      .post('/api/duty/swaps')
      .set(t.auth.township)
      .send({ kind: 'SUBSTITUTE', shiftId: a.id, fromUserId: a.staff[0].id, toUserId: outsider, reason: '家中有事' })
      .expect(201);
    expect(sub.body.status).toBe('PENDING');
    const self = await t.http().post(`/api/duty/swaps/${sub.body.id}/decision`).set(t.auth.township).send({ approve: true }).expect(403);
    expect(self.body.message).toContain('不能审批本人');
    const approved = await t.http().post(`/api/duty/swaps/${sub.body.id}/decision`).set(t.auth.supervisor).send({ approve: true, note: '同意' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedBy: { name: '王督查' } });
    let after = (await t.http().get(`/api/duty/rosters/${roster.id}`).set(t.auth.township).expect(200)).body as DutyRosterView;
    expect(after.shifts.find((s) => s.id === a.id)?.staff.map((s) => s.id)).toEqual([outsider]);

    const exchange = await t
      .http()
      .post('/api/duty/swaps')
      .set(t.auth.supervisor)
      .send({ kind: 'EXCHANGE', shiftId: a.id, fromUserId: a.leader.id, toUserId: b.leader.id, counterpartShiftId: b.id, reason: '互换带班' })
      .expect(201);
    await t.http().post(`/api/duty/swaps/${exchange.body.id}/decision`).set(t.auth.township).send({ approve: true }).expect(200);
    after = (await t.http().get(`/api/duty/rosters/${roster.id}`).set(t.auth.township).expect(200)).body as DutyRosterView;
    expect(after.shifts.find((s) => s.id === a.id)?.leader.id).toBe(b.leader.id);
    expect(after.shifts.find((s) => s.id === b.id)?.leader.id).toBe(a.leader.id);
    expect(after.shifts.every((s) => s.leader.id && s.staff.length === 1)).toBe(true);

    const onLeave = roster.shifts.find((s) => s.date === '2026-03-03');
    const refused = await t
      .http()
      .post('/api/duty/swaps')
      .set(t.auth.township)
      .send({ kind: 'SUBSTITUTE', shiftId: onLeave?.id, fromUserId: onLeave?.staff[0].id, toUserId: people['值班甲'], reason: '替班' })
      .expect(400);
    expect(refused.body.message).toContain('不能值班');
    await t.http().post(`/api/duty/swaps/${exchange.body.id}/decision`).set(t.auth.supervisor).send({ approve: false }).expect(409);
    expect((await t.http().get('/api/duty/swaps').set(t.auth.township).expect(200)).body).toHaveLength(2);
  });

  it('checks in and out with who and when, hands over to the next shift, and refuses another township’s shift', async () => {
    const today = chinaDate(new Date());
    // The current shift began 10 minutes ago, so tomorrow's is ~24 h away (never inside its check-in
    // hour, whatever the time of day the test runs) and yesterday's is over.
    const began = new Date(Date.now() - 10 * 60_000);
    const dayStart = new Date(began.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
    const created = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({
        unitId: town,
        dateFrom: addDays(chinaDate(began), -1),
        dateTo: addDays(chinaDate(began), 1),
        pattern: 'H24',
        dayStart,
        leaderIds: [township.id],
        staffIds: [people['值班乙']],
        staffPerShift: 1,
      })
      .expect(201);
    const [yesterday, current, tomorrow] = (created.body as DutyRosterView).shifts;
    await t.http().post(`/api/duty/shifts/${current.id}/check-in`).set(t.auth.township).expect(409);
    await t.http().post(`/api/duty/rosters/${created.body.id}/publish`).set(t.auth.township).expect(200);
    const mine = await t.http().get('/api/duty/shifts/current').set(t.auth.township).expect(200);
    expect(mine.body.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([current.id, tomorrow.id]));
    await t.http().post(`/api/duty/shifts/${tomorrow.id}/check-in`).set(t.auth.township).expect(409);
    await t.http().post(`/api/duty/shifts/${yesterday.id}/check-in`).set(t.auth.township).expect(409);

    // The previous shift was worked and handed over by its leader on duty.
    await t.dataSource.query(`UPDATE duty_shift SET status = 'ON_DUTY', check_in_at = start_at WHERE id = $1`, [yesterday.id]);
    await t.dataSource.query(`UPDATE duty_shift_member x SET check_in_at = s.start_at FROM duty_shift s WHERE s.id = x.shift_id AND s.id = $1 AND x.user_id = $2`, [
      yesterday.id,
      township.id,
    ]);
    await t
      .http()
      .post(`/api/duty/shifts/${yesterday.id}/check-out`)
      .set(t.auth.township)
      .send({ handoverNote: '夜间接到来电 2 个，已登记', pendingItems: '张某来访事项待回复' })
      .expect(200);
    const checkedIn = await t.http().post(`/api/duty/shifts/${current.id}/check-in`).set(t.auth.township).expect(200);
    expect(checkedIn.body).toMatchObject({ status: 'ON_DUTY', checkedInBy: { id: township.id, name: '赵干事（巨鹿镇）' } });
    expect(checkedIn.body.previousHandover).toMatchObject({
      note: '夜间接到来电 2 个，已登记',
      pendingItems: '张某来访事项待回复',
      writtenBy: { id: township.id },
      receivedBy: { id: township.id },
    });
    const repeat = await t.http().post(`/api/duty/shifts/${current.id}/check-in`).set(t.auth.township).expect(200);
    expect(repeat.body.checkInAt).toBe(checkedIn.body.checkInAt);
    const out = await t.http().post(`/api/duty/shifts/${current.id}/check-out`).set(t.auth.township).send({}).expect(200);
    // Attendance is per person (DOMAIN.md §3.3): the leader's check-out completes their own person-shift;
    // the shift stays 在岗 while its other member may still come.
    expect(out.body).toMatchObject({ status: 'ON_DUTY', handover: null });
    expect(out.body.attendance.map((a: { person: { id: string }; status: string }) => [a.person.id, a.status])).toEqual([
      [township.id, 'COMPLETED'],
      [people['值班乙'], 'PLANNED'],
    ]);

    const foreignTown = await t.unitId('王虎寨镇');
    const [foreignShift]: { id: string }[] = await t.dataSource.query(
      `WITH r AS (INSERT INTO duty_roster (unit_id, date_from, date_to, pattern, status, report_due_time, template) VALUES ($1, $2, $2, 'H24', 'PUBLISHED', '16:30', '{}') RETURNING id)
       INSERT INTO duty_shift (roster_id, unit_id, date, type, start_at, end_at, leader_id) SELECT r.id, $1, $2, 'H24', now() - interval '1 hour', now() + interval '1 hour', $3 FROM r RETURNING id`,
      [foreignTown, today, township.id],
    );
    const hidden = await t.http().post(`/api/duty/shifts/${foreignShift.id}/check-in`).set(t.auth.township).expect(404);
    expect(JSON.stringify(hidden.body)).not.toContain('王虎寨镇');
    await t.http().post(`/api/duty/shifts/${foreignShift.id}/check-in`).set(t.auth.reception).expect(403);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [current.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['duty_shift.check_in', 'duty_shift.check_out']);
  });

  it('lets only the shift’s own members and its leader on duty check in and out (the record feeds subsidies)', async () => {
    const today = chinaDate(new Date());
    const staff = (await addDutyStaff(t, '巨鹿镇', ['值班丁']))['值班丁'];
    const created = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({
        unitId: town,
        dateFrom: addDays(today, 5),
        dateTo: addDays(today, 5),
        pattern: 'H24',
        dayStart: '00:00',
        leaderIds: [people['刘镇长']],
        staffIds: [staff],
        staffPerShift: 1,
      })
      .expect(201);
    await t.http().post(`/api/duty/rosters/${created.body.id}/publish`).set(t.auth.township).expect(200);
    const [shift] = (created.body as DutyRosterView).shifts;
    // Under way now: only who may mark it decides the answer, not the time.
    await t.dataSource.query(`UPDATE duty_shift SET start_at = now() - interval '1 hour', end_at = now() + interval '1 hour' WHERE id = $1`, [shift.id]);
    for (const outsider of ['township', 'reception', 'supervisor', 'admin']) {
      const refused = await t.http().post(`/api/duty/shifts/${shift.id}/check-in`).set(t.auth[outsider]).expect(403);
      expect(refused.body.message).toContain('只有本班次的值班人员或带班领导');
    }
    const leader: CurrentUser = { id: people['刘镇长'], username: 'liu', displayName: '刘镇长', role: 'TOWNSHIP_OFFICER', orgUnitId: town, orgUnitName: '巨鹿镇' };
    const shifts = t.app.get(ShiftsService);
    expect((await shifts.checkIn(shift.id, leader)).status).toBe('ON_DUTY');
    await t.http().post(`/api/duty/shifts/${shift.id}/check-out`).set(t.auth.supervisor).send({}).expect(403);
    const [{ status }]: { status: string }[] = await t.dataSource.query('SELECT status FROM duty_shift WHERE id = $1', [shift.id]);
    expect(status).toBe('ON_DUTY');
  });
});
