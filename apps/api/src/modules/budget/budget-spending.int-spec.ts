import type { BudgetProjectView, DutyRosterView } from '@julu/contracts';
import { EventDispatcherService } from '../../core/outbox/event-dispatcher.service';
import type { OutboxJobData } from '../../core/outbox/outbox.service';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { BudgetWorkerService } from './jobs/budget-worker.service';
import { addDutyStaff, dutyMember } from '../../../test/duty-test-kit';
import { ShiftsService } from '../duty/shifts/shifts.service';
import { BudgetSpendingService } from './budget-spending.service';

const PASSWORD = 'budget-spending-test-password-1';

describe('budget spending, execution against the plan and subsidy sheets (real PostgreSQL)', () => {
  let t: SeededApp;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor', 'township', 'reception']);
  });

  afterAll(async () => {
    await t.close();
  });

  const project = async (body: Record<string, unknown>): Promise<BudgetProjectView> =>
    (
      await t
        .http()
        .post('/api/budget/projects')
        .set(t.auth.admin)
        .send({
          year: 2020,
          code: 'TESTP0001',
          name: '测试项目',
          unitCode: '202001',
          unitName: '巨鹿县信访局本级',
          budgetYuan: 1000,
          fiscalYuan: 1000,
          fundingSource: '财政资金',
          purpose: '测试用途',
          goal: '测试目标',
          ...body,
        })
        .expect(201)
    ).body;

  it('measures cumulative execution against the 25/50/75/100% plan, month by month', async () => {
    const p = await project({});
    const spend = (spentOn: string, amountYuan: number) =>
      t.http().post(`/api/budget/projects/${p.id}/spending`).set(t.auth.supervisor).send({ spentOn, amountYuan, description: '办公用品' });
    await spend('2020-03-31', 250).expect(201);
    await spend('2020-07-01', 100.5).expect(201);
    const bad = await spend('2021-01-01', 10).expect(400);
    expect(bad.body.message).toContain('2020');
    await spend('2020-05-01', 1.234).expect(400);
    await spend('2020-05-01', 10).set(t.auth.reception).expect(403);

    const view: BudgetProjectView = (await t.http().get(`/api/budget/projects/${p.id}`).set(t.auth.supervisor).expect(200)).body;
    expect(view.execution).toMatchObject({
      asOf: '2020-12-31',
      budgetYuan: 1000,
      executedYuan: 350.5,
      executionPercent: 35.05,
      alert: 'MISSED',
      lastCheckpoint: { month: 12, percent: 100, reached: false },
      nextCheckpoint: null,
    });
    expect(view.execution.curve.map((c) => c.executedPercent)).toEqual([0, 0, 25, 25, 25, 25, 35.05, 35.05, 35.05, 35.05, 35.05, 35.05]);
    expect(view.execution.curve.map((c) => c.planPercent)).toEqual([null, null, 25, null, null, 50, null, null, null, 75, null, 100]);
    const spending = (await t.http().get(`/api/budget/projects/${p.id}/spending`).set(t.auth.admin).expect(200)).body;
    expect(spending.map((s: { amountYuan: number }) => s.amountYuan)).toEqual([100.5, 250]);
    await t
      .http()
      .post('/api/budget/projects')
      .set(t.auth.admin)
      .send({
        year: 2020,
        code: 'TESTP0001',
        name: '重复',
        unitCode: '202001',
        unitName: '单位',
        budgetYuan: 1,
        fiscalYuan: 1,
        fundingSource: '财政资金',
        purpose: '用途',
        goal: '目标',
      })
      .expect(409);
  });

  it('books an approved duty subsidy sheet once, however often its event is delivered', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const p = await project({ year, code: '13052924P00584012422H', name: '各乡镇、开发区信访维稳专项经费', budgetYuan: 2_000_000, fiscalYuan: 2_000_000 });
    // A township roster worked in full, its subsidy sheet created and approved through the duty API.
    const town = await t.unitId('巨鹿镇');
    const people = await addDutyStaff(t, '巨鹿镇', ['预算领导A', '预算干部B']);
    const created = await t
      .http()
      .post('/api/duty/rosters')
      .set(t.auth.township)
      .send({ unitId: town, leaderIds: [people['预算领导A']], staffIds: [people['预算干部B']], staffPerShift: 1, dateFrom: '2026-02-02', dateTo: '2026-02-03', pattern: 'H24' })
      .expect(201);
    const roster = (await t.http().post(`/api/duty/rosters/${created.body.id}/publish`).set(t.auth.township).expect(200)).body as DutyRosterView;
    for (const s of roster.shifts) {
      // Each person on the shift marks their own attendance (DOMAIN.md §3.3): the leader on duty and the staff.
      for (const person of [s.leader, ...s.staff]) await t.app.get(ShiftsService).checkIn(s.id, dutyMember(person.id, town), new Date(s.startAt));
      for (const person of [s.leader, ...s.staff]) await t.app.get(ShiftsService).checkOut(s.id, {}, dutyMember(person.id, town), new Date(new Date(s.endAt).getTime() - 60_000));
    }
    const sheet = (await t.http().post('/api/duty/subsidy-sheets').set(t.auth.township).send({ unitId: town, month: '2026-02' }).expect(201)).body;
    await t.http().post(`/api/duty/subsidy-sheets/${sheet.id}/approve`).set(t.auth.supervisor).expect(200);
    const [outbox]: { id: string }[] = await t.dataSource.query(`SELECT id FROM outbox_event WHERE event_type = 'duty.subsidy-approved' AND aggregate_id = $1`, [sheet.id]);
    const event: OutboxJobData = { eventId: String(outbox.id), eventType: 'duty.subsidy-approved', aggregateType: 'duty_subsidy_sheet', aggregateId: sheet.id };

    // The worker's subscription, on a dispatcher of its own.
    const dispatcher = new EventDispatcherService(t.dataSource);
    new BudgetWorkerService(dispatcher, t.app.get(BudgetSpendingService)).start();
    expect(await dispatcher.dispatch(event)).toEqual(['budget-subsidy-spending']);
    expect(await dispatcher.dispatch(event)).toEqual([]);
    // The same sheet announced by a second event (a replayed outbox row) is not booked again.
    const [copy]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload) SELECT event_type, aggregate_type, aggregate_id, payload FROM outbox_event WHERE id = $1 RETURNING id`,
      [outbox.id],
    );
    expect(await dispatcher.dispatch({ ...event, eventId: String(copy.id) })).toEqual(['budget-subsidy-spending']);

    const rows = await t.dataSource.query(`SELECT amount_fen, source, source_ref, project_code FROM budget_spending WHERE source = 'DUTY_SUBSIDY'`);
    expect(rows).toEqual([{ amount_fen: String(sheet.totalYuan * 100), source: 'DUTY_SUBSIDY', source_ref: sheet.id, project_code: '13052924P00584012422H' }]);
    const spending = (await t.http().get(`/api/budget/projects/${p.id}/spending`).set(t.auth.supervisor).expect(200)).body;
    expect(spending).toHaveLength(1);
    expect(spending[0]).toMatchObject({ source: 'DUTY_SUBSIDY', sourceRef: sheet.id, amountYuan: sheet.totalYuan });
    expect(spending[0].description).toContain('2026-02-01 至 2026-02-28');
    // The 2020 project of the same code is untouched: spending belongs to the year it was paid in.
    const list = (await t.http().get('/api/budget/projects?year=2020').set(t.auth.supervisor).expect(200)).body;
    expect(list.find((x: { code: string }) => x.code === '13052924P00584012422H').execution.executedYuan).toBe(0);
  });

  it('takes a manual actual only with its evidence, and judges it against the target', async () => {
    const list = (await t.http().get('/api/budget/projects?year=2020').set(t.auth.supervisor).expect(200)).body;
    const p5: BudgetProjectView = (
      await t
        .http()
        .get(`/api/budget/projects/${list.find((x: { code: string }) => x.code === '13052924P00584012424Q').id}`)
        .set(t.auth.supervisor)
        .expect(200)
    ).body;
    const satisfaction = p5.rows.find((r) => r.name === '服务对象满意度');
    const qualitative = p5.rows.find((r) => r.name === '维护社会稳定');
    if (!satisfaction || !qualitative) throw new Error('seed rows missing');
    const put = (rowId: string, body: object) => t.http().put(`/api/budget/projects/${p5.id}/goal-rows/${rowId}`).set(t.auth.supervisor).send(body);
    expect((await put(satisfaction.id, { manualActual: 93 }).expect(400)).body.message).toContain('依据');
    expect((await put(satisfaction.id, { manualActual: 96.5, evidence: '2020年满意度调查问卷汇总：有效问卷200份，满意193份' }).expect(200)).body).toMatchObject({
      actual: 96.5,
      actualSource: 'MANUAL',
      met: true,
    });
    expect((await put(qualitative.id, { manualActual: 1, evidence: '说明' }).expect(400)).body.message).toContain('定性');
    expect((await put(qualitative.id, { manualGrade: 'PARTLY', evidence: '网上信访占比提高' }).expect(200)).body).toMatchObject({ manualGrade: 'PARTLY', met: false });
    await put(satisfaction.id, { indicatorCode: 'NOT_A_CODE' }).expect(400);
    expect((await put(satisfaction.id, { indicatorCode: 'SATISFACTION_RATE' }).expect(200)).body).toMatchObject({
      indicatorCode: 'SATISFACTION_RATE',
      actualSource: 'NONE',
      actual: null,
      met: null,
    });
    await t.http().put(`/api/budget/projects/${p5.id}/goal-rows/${satisfaction.id}`).set(t.auth.township).send({}).expect(403);
  });
});
