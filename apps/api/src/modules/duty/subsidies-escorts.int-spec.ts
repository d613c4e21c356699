import type { DutyRosterView, DutySubsidySheetView } from '@julu/contracts';
import { chinaInstant } from '@julu/domain';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { addDutyStaff, dutyMember } from '../../../test/duty-test-kit';
import { ShiftsService } from './shifts/shifts.service';

const PASSWORD = 'duty-subsidy-test-password-1';

describe('duty subsidies and return escorts (real PostgreSQL)', () => {
  let t: SeededApp;
  let town: string;
  let people: Record<string, string>;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'reception', 'township', 'handler']);
    town = await t.unitId('巨鹿镇');
    people = await addDutyStaff(t, '巨鹿镇', ['领导A', '领导B', '干部C', '干部D']);
  });

  afterAll(async () => {
    await t.close();
  });

  /** A published roster whose shifts are worked (checked in and out) except the dates listed as missed. */
  async function workedRoster(body: Record<string, unknown>, missed: string[] = []): Promise<DutyRosterView> {
    const created = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ unitId: town, leaderIds: [people['领导A'], people['领导B']], staffIds: [people['干部C'], people['干部D']], staffPerShift: 1, ...body })
      .expect(201);
    const roster = (await t.http().post(`/api/duty/rosters/${created.body.id}/publish`).set(t.auth.township).expect(200)).body as DutyRosterView;
    const shifts = t.app.get(ShiftsService);
    for (const s of roster.shifts) {
      if (missed.includes(s.date)) {
        await t.dataSource.query(`UPDATE duty_shift SET status = 'MISSED', missed_at = start_at + interval '30 minutes' WHERE id = $1`, [s.id]);
        await t.dataSource.query(`UPDATE duty_shift_member x SET missed_at = s.missed_at FROM duty_shift s WHERE s.id = x.shift_id AND s.id = $1`, [s.id]);
        continue;
      }
      // Each person on the shift marks their own attendance (DOMAIN.md §3.3): the leader on duty and the staff.
      for (const person of [s.leader, ...s.staff]) await shifts.checkIn(s.id, dutyMember(person.id, town), new Date(s.startAt));
      for (const person of [s.leader, ...s.staff]) await shifts.checkOut(s.id, {}, dutyMember(person.id, town), new Date(new Date(s.endAt).getTime() - 60_000));
    }
    return roster;
  }

  const sheet = async (body: Record<string, unknown>, as = t.auth.township): Promise<DutySubsidySheetView> =>
    (
      await t
        .http()
        .post('/api/duty/subsidy-sheets')
        .set(as)
        .send({ unitId: town, ...body })
        .expect(201)
    ).body;

  it('full shifts: 24-hour shifts pay each person 1 day × 180 元; a missed shift pays nothing', async () => {
    await workedRoster({ dateFrom: '2026-02-02', dateTo: '2026-02-05', pattern: 'H24' }, ['2026-02-04']);
    const s = await sheet({ month: '2026-02' });
    expect(s).toMatchObject({
      status: 'DRAFT',
      dateFrom: '2026-02-01',
      dateTo: '2026-02-28',
      totalPersonDays: 6,
      totalYuan: 1080,
      paidShifts: 3,
      unpaidShifts: 1,
      budgetProjectCode: '13052924P00584012422H',
    });
    expect(s.lines.reduce((n, l) => n + l.amountYuan, 0)).toBe(1080);
    expect(s.lines.every((l) => l.amountYuan === l.personDays * 180)).toBe(true);
    expect(s.segments).toEqual([{ effectiveFrom: '2020-01-01', yuanPerPersonDay: 180, personDays: 6, amountYuan: 1080 }]);

    await t.http().post(`/api/duty/subsidy-sheets/${s.id}/approve`).set(t.auth.township).expect(403);
    const approved = await t.http().post(`/api/duty/subsidy-sheets/${s.id}/approve`).set(t.auth.supervisor).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', approvedBy: { name: '王督查' } });
    await t.http().post(`/api/duty/subsidy-sheets/${s.id}/approve`).set(t.auth.supervisor).expect(409);
    const [event] = await t.dataSource.query(`SELECT payload FROM outbox_event WHERE event_type = 'duty.subsidy-approved' AND aggregate_id = $1`, [s.id]);
    expect(event.payload).toEqual({ unitId: town, budgetProjectCode: '13052924P00584012422H', totalFen: 108_000, personDays: 6, dateFrom: '2026-02-01', dateTo: '2026-02-28' });
    // Paid shifts are not paid again.
    const again = await t.http().post('/api/duty/subsidy-sheets').set(t.auth.township).send({ unitId: town, month: '2026-02' }).expect(400);
    expect(again.body.message).toContain('没有可发放补助的已完成班次');
  });

  it('half shifts: day and night shifts count 0.5 person-day each', async () => {
    await workedRoster({ dateFrom: '2026-04-06', dateTo: '2026-04-07', pattern: 'DAY_NIGHT' });
    const s = await sheet({ month: '2026-04' });
    expect(s).toMatchObject({ paidShifts: 4, totalPersonDays: 4, totalYuan: 720 });
    expect(s.lines.every((l) => l.personDays === l.shifts * 0.5)).toBe(true);
  });

  it('a rate change mid-period splits the sheet by the date each shift was worked', async () => {
    const periods = await t
      .http()
      .post('/api/duty/periods')
      .set(t.auth.admin)
      .send({ name: '测试节点', level: 2, scope: 'COUNTY', startOn: '2026-06-01', endOn: '2026-06-04', shiftPattern: 'H24', reportDueTime: '16:30' })
      .expect(201);
    await workedRoster({ dateFrom: '2026-06-01', dateTo: '2026-06-04', pattern: 'H24', periodId: periods.body.id });
    const rates = await t
      .http()
      .post('/api/duty/subsidy-rates')
      .set(t.auth.admin)
      .send({ effectiveFrom: '2026-06-03', yuanPerPersonDay: 200, halfShiftPersonDays: 0.5 })
      .expect(201);
    expect(rates.body.map((r: { yuanPerPersonDay: number }) => r.yuanPerPersonDay)).toEqual([180, 200]);
    await t.http().post('/api/duty/subsidy-rates').set(t.auth.admin).send({ effectiveFrom: '2026-02-10', yuanPerPersonDay: 190, halfShiftPersonDays: 0.5 }).expect(409);
    const s = await sheet({ periodId: periods.body.id }, t.auth.supervisor);
    expect(s).toMatchObject({ periodName: '测试节点', month: null, dateFrom: '2026-06-01', dateTo: '2026-06-04', totalPersonDays: 8, totalYuan: 4 * 180 + 4 * 200 });
    expect(s.segments).toEqual([
      { effectiveFrom: '2020-01-01', yuanPerPersonDay: 180, personDays: 4, amountYuan: 720 },
      { effectiveFrom: '2026-06-03', yuanPerPersonDay: 200, personDays: 4, amountYuan: 800 },
    ]);
    await t.http().post('/api/duty/subsidy-sheets').set(t.auth.township).send({ unitId: town, month: '2026-06', periodId: periods.body.id }).expect(400);
    // Two drafts over the same shifts: only the first approval pays them.
    const twin = await sheet({ month: '2026-06' });
    await t.http().post(`/api/duty/subsidy-sheets/${s.id}/approve`).set(t.auth.supervisor).expect(200);
    expect((await t.http().post(`/api/duty/subsidy-sheets/${twin.id}/approve`).set(t.auth.supervisor).expect(409)).body.message).toContain('已在另一张');
    await t
      .http()
      .post('/api/duty/subsidy-sheets')
      .set(t.auth.township)
      .send({ unitId: await t.unitId('王虎寨镇'), month: '2026-06' })
      .expect(404);
    expect((await t.http().get('/api/duty/subsidy-sheets').set(t.auth.township).expect(200)).body).toHaveLength(4);
  });

  it('return escorts: voluntariness recorded, case link checked, no detention field, another township not found', async () => {
    const person = await t.http().post('/api/petitioners').set(t.auth.township).send({ name: '劝返测试', idType: 'OTHER', townshipId: town }).expect(201);
    const created = await t
      .http()
      .post('/api/cases')
      .set(t.auth.township)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '劝返关联事项',
        mainRequest: '工资拖欠',
        townshipId: town,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const body = {
      unitId: town,
      kind: 'PERSUADE',
      petitionerNames: '劝返测试',
      peopleCount: 1,
      foundAt: '2026-03-05T09:00:00+08:00',
      place: '北京',
      placeKind: 'NON_RECEPTION_SITE',
      matter: '工资拖欠',
      staff: ['赵干事', '钱干事'],
      leaderName: '刘镇长',
      departureAt: '2026-03-05T10:00:00+08:00',
      arrivalAt: '2026-03-05T18:30:00+08:00',
      transport: '公务车',
      costYuan: 650.5,
      costNote: '油费、过路费',
      caseId: created.body.case.id,
      voluntary: true,
      voluntarinessNote: '经劝说同意返回，由镇里协调解决欠薪',
    };
    const escort = await t.http().post('/api/duty/escorts').set(t.auth.township).send(body).expect(201);
    expect(escort.body).toMatchObject({ kind: 'PERSUADE', costYuan: 650.5, voluntary: true, caseId: created.body.case.id, staff: ['赵干事', '钱干事'], unitName: '巨鹿镇' });
    expect(Object.keys(escort.body).filter((k) => /detain|custody|restrict|hold/i.test(k))).toEqual([]);
    const columns: { column_name: string }[] = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'return_escort'`);
    expect(columns.map((c) => c.column_name).filter((c) => /detain|custody|restrict|hold|confine/.test(c))).toEqual([]);

    await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, voluntarinessNote: undefined })
      .expect(400);
    await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, detained: true })
      .expect(400);
    expect(
      (
        await t
          .http()
          .post('/api/duty/escorts')
          .set(t.auth.township)
          .send({ ...body, arrivalAt: '2026-03-05T09:30:00+08:00' })
          .expect(400)
      ).body.message,
    ).toContain('到达时间不能早于出发时间');
    expect(
      (
        await t
          .http()
          .post('/api/duty/escorts')
          .set(t.auth.township)
          .send({ ...body, caseId: '00000000-0000-4000-8000-000000000000' })
          .expect(400)
      ).body.message,
    ).toContain('关联的信访事项不存在');

    const updated = await t
      .http()
      .put(`/api/duty/escorts/${escort.body.id}`)
      .set(t.auth.reception)
      .send({ ...body, followUp: '已督促镇里 3 日内兑付' })
      .expect(200);
    expect(updated.body.followUp).toBe('已督促镇里 3 日内兑付');
    const foreign = await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.admin)
      .send({ ...body, unitId: await t.unitId('王虎寨镇') })
      .expect(201);
    await t.http().get(`/api/duty/escorts/${foreign.body.id}`).set(t.auth.township).expect(404);
    await t.http().get('/api/duty/escorts').set(t.auth.handler).expect(403);
    const mine = await t.http().get('/api/duty/escorts').set(t.auth.township).expect(200);
    expect(mine.body.items.map((e: { id: string }) => e.id)).toEqual([escort.body.id]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [escort.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['return_escort.create', 'return_escort.update']);
    expect(chinaInstant('2026-03-05', 9).toISOString()).toBe(escort.body.foundAt);
  });

  it('DOMAIN.md §3.4, 条例 Art 20: a 劝返 names its case, is refused at a lawful reception site, and an involuntary one alerts the bureau leaders', async () => {
    const person = await t.http().post('/api/petitioners').set(t.auth.township).send({ name: '非自愿测试', idType: 'OTHER', townshipId: town }).expect(201);
    const created = await t
      .http()
      .post('/api/cases')
      .set(t.auth.township)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '征地补偿',
        mainRequest: '补偿',
        townshipId: town,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const caseId: string = created.body.case.id;
    const body = {
      unitId: town,
      kind: 'PERSUADE',
      petitionerNames: '非自愿测试',
      peopleCount: 1,
      foundAt: '2026-03-07T09:00:00+08:00',
      place: '北京某街道',
      placeKind: 'NON_RECEPTION_SITE',
      matter: '征地补偿',
      staff: ['孙干事'],
      leaderName: '周镇长',
      voluntary: true,
      voluntarinessNote: '经劝说自愿返回',
      caseId,
    };
    // The matter must be linked: a 劝返 is not a substitute for handling it.
    const unlinked = await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, caseId: undefined })
      .expect(400);
    expect(unlinked.body.message).toContain('请关联本次劝返/接返所涉的信访事项');
    // Visiting a lawful reception site (the bureau's own centre, or one of this or the next level) is the petitioner's right.
    const lawful = await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, place: '巨鹿县信访局接待中心', placeKind: 'RECEPTION_SITE' })
      .expect(400);
    expect(lawful.body.message).toContain('不得劝返');
    await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, kind: 'PICK_UP', place: '邢台市信访局接待大厅', placeKind: 'RECEPTION_SITE' })
      .expect(201);
    const none: unknown[] = await t.dataSource.query(`SELECT 1 FROM notification WHERE kind = 'ESCORT_INVOLUNTARY'`);
    expect(none).toEqual([]);

    const involuntary = await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.township)
      .send({ ...body, voluntary: false, voluntarinessNote: '本人不同意返回' })
      .expect(201);
    const alerts: { username: string; role: string; title: string; case_id: string }[] = await t.dataSource.query(
      `SELECT u.username, u.role, n.title, n.case_id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key = $1`,
      [`escort-involuntary:${involuntary.body.id}`],
    );
    expect(alerts.map((a) => a.username)).toContain('supervisor');
    expect(alerts.every((a) => a.role === 'SUPERVISOR' && a.case_id === caseId && a.title.includes('非自愿劝返'))).toBe(true);
    // An edit that turns a voluntary record involuntary alerts too.
    const later = await t.http().post('/api/duty/escorts').set(t.auth.township).send(body).expect(201);
    await t
      .http()
      .put(`/api/duty/escorts/${later.body.id}`)
      .set(t.auth.township)
      .send({ ...body, voluntary: false, voluntarinessNote: '事后反映并非自愿' })
      .expect(200);
    expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE dedupe_key = $1`, [`escort-involuntary:${later.body.id}`])).not.toEqual([]);
  });

  it('return escorts: a linked case the caller may not see is not named, and their edit keeps the link', async () => {
    const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '检举人', idType: 'OTHER', townshipId: town }).expect(201);
    const accusing = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'ACCUSATION',
        involvedUnitId: town,
        categoryCode: '03',
        title: '检举镇干部',
        mainRequest: '查处',
        townshipId: town,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const caseId: string = accusing.body.case.id;
    const body = {
      unitId: town,
      kind: 'PICK_UP',
      petitionerNames: '检举人',
      peopleCount: 1,
      foundAt: '2026-03-06T09:00:00+08:00',
      place: '石家庄',
      placeKind: 'RECEPTION_SITE',
      matter: '检举',
      staff: ['县干部'],
      leaderName: '县领导',
      voluntary: true,
      voluntarinessNote: '自愿返回',
    };
    const escort = await t
      .http()
      .post('/api/duty/escorts')
      .set(t.auth.reception)
      .send({ ...body, caseId })
      .expect(201);
    expect(escort.body.caseId).toBe(caseId);
    const seen = await t.http().get(`/api/duty/escorts/${escort.body.id}`).set(t.auth.township).expect(200);
    expect(seen.body.caseId).toBeNull();
    const listed = await t.http().get('/api/duty/escorts').set(t.auth.township).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(caseId);
    await t
      .http()
      .put(`/api/duty/escorts/${escort.body.id}`)
      .set(t.auth.township)
      .send({ ...body, followUp: '已回访' })
      .expect(200);
    expect((await t.http().get(`/api/duty/escorts/${escort.body.id}`).set(t.auth.reception).expect(200)).body).toMatchObject({ caseId, followUp: '已回访' });
  });
});
