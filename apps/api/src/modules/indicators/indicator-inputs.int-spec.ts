import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { IndicatorDashboard, IndicatorDrillDown } from '@julu/contracts';
import { chinaDate, type IndicatorCode } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../core/config/app-config';
import { createIndicatorServices } from '../../../test/deadline-services';
import { type IndicatorTestKit, indicatorTestKit } from '../../../test/indicator-test-kit';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import { WorkerModule } from '../../worker/worker.module';
import { IndicatorComputationService } from './indicator-computation.service';
import { INDICATOR_EVENTS } from './indicator-events.service';
import { isCaseRecordIndicator } from './sources/case-record-sources';

const PASSWORD = 'indicator-inputs-password-1';
const WAIT_MS = 45_000;

interface Figure {
  numerator: number;
  denominator: number;
}

/**
 * One fact an indicator counts, and the user action that records it. `prepare` sets the scene
 * (its own events, or an explicit recomputation where it writes rows directly); `act` records the
 * fact; `figureChanges: false` for a fact that refreshes the snapshot without moving the figure.
 */
interface Input {
  indicator: IndicatorCode;
  fact: string;
  prepare?: (ctx: Record<string, string>) => Promise<void>;
  act: (ctx: Record<string, string>) => Promise<void>;
  period?: (ctx: Record<string, string>) => Promise<string>;
  writesRowsDirectly?: boolean;
  figureChanges?: boolean;
}

/** Issue 16 point 26: every fact an indicator depends on reaches its snapshot through an event, with the worker running. */
describe('indicator inputs reach the snapshots through events (real PostgreSQL and Redis)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let env: Record<string, string>;
  let worker: INestApplicationContext;
  let julu: string;
  let county: string;
  const today = chinaDate(new Date());
  const month = today.slice(0, 7);
  const http = () => t.http();

  let kit: IndicatorTestKit;
  const register = async (lawRelated = false): Promise<string> => (await kit.register(julu, lawRelated)).id;
  const act = (id: string, body: Record<string, unknown>) => kit.act(id, body);
  const deliver = (noticeId: string) => kit.deliver(noticeId);
  const clockMonth = async (caseId: string, code: string): Promise<string> =>
    (
      (await dataSource.query(`SELECT due_on::text AS d FROM case_clock WHERE case_id = $1 AND code = $2 ORDER BY created_at DESC LIMIT 1`, [caseId, code])) as { d: string }[]
    )[0].d.slice(0, 7);
  /** A case accepted by the bureau with its acceptance notice delivered: its 受理 stage is open for evaluation. */
  const evaluable = async (ctx: Record<string, string>): Promise<void> => {
    ctx.caseId = await register();
    await deliver((await act(ctx.caseId, { action: 'ACCEPT' })).notices[0].id);
  };
  const evaluate = (ctx: Record<string, string>) =>
    http().post(`/api/cases/${ctx.caseId}/evaluations`).set(t.auth.township).send({ stage: 'ACCEPTANCE', result: 'SATISFIED' }).expect(201);
  const hotspot = async (): Promise<{ id: string; version: number }> =>
    (
      await http()
        .post('/api/hotspots')
        .set(t.auth.township)
        .send({
          foundOn: today,
          foundBy: '张排查',
          reportingOrg: '巨鹿镇综治中心',
          townshipId: julu,
          categoryCode: '01',
          description: '业主酝酿集体访',
          mainDemand: '办理房产证',
          peopleInvolved: 30,
          groupType: '小区业主',
          possibleDirection: 'CITY',
          riskLevel: 2,
          leaderInCharge: '李镇长',
          responsibleOrg: '巨鹿镇人民政府',
          responsiblePerson: '王干事',
          stabilityPerson: '赵干事',
          measuresResolve: '协调办理',
          measuresStability: '包户稳控',
          deadlineDays: 30,
        })
        .expect(201)
    ).body;
  const hotspotAction = async (id: string, action: string, user: string): Promise<void> => {
    const { version } = (await http().get(`/api/hotspots/${id}`).set(t.auth[user]).expect(200)).body;
    await http()
      .post(`/api/hotspots/${id}/transitions`)
      .set(t.auth[user])
      .send({ action, expectedVersion: version, note: `测试：${action}` })
      .expect(201);
  };
  /** A shift of a published sensitive-period roster, led by the township officer, starting `minutes` from now. */
  const shift = async (minutes: number): Promise<string> => {
    const [{ id: userId }]: { id: string }[] = await dataSource.query(`SELECT id FROM app_user WHERE username = 'township'`);
    const [{ id: periodId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO sensitive_period (year, name, level, scope, start_on, end_on, shift_pattern, report_due_time) VALUES ($1, $3, 1, 'COUNTY', $2, $2, 'H24', '16:30') RETURNING id`,
      [Number(today.slice(0, 4)), today, `输入测试节点${crypto.randomUUID().slice(0, 8)}`],
    );
    const [{ id: rosterId }]: { id: string }[] = await dataSource.query(
      `INSERT INTO duty_roster (unit_id, period_id, date_from, date_to, pattern, status, report_due_time, template) VALUES ($1, $2, $3, $3, 'H24', 'PUBLISHED', '16:30', '{}') RETURNING id`,
      [julu, periodId, today],
    );
    const start = new Date(Date.now() + minutes * 60_000);
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO duty_shift (roster_id, unit_id, date, type, start_at, end_at, leader_id, status) VALUES ($1, $2, $3, 'H24', $4, $5, $6, 'PLANNED') RETURNING id`,
      [rosterId, julu, today, start, new Date(start.getTime() + 3_600_000), userId],
    );
    // Attendance is per person (DOMAIN.md §3.3): the leader on duty is a member who checks in.
    await dataSource.query(`INSERT INTO duty_shift_member (shift_id, user_id, role, position) VALUES ($1, $2, 'LEADER', 0)`, [id, userId]);
    return id;
  };
  const villages = async (): Promise<string[]> =>
    ((await dataSource.query(`SELECT id FROM org_unit WHERE parent_id = $1 AND type = 'VILLAGE' AND retired_at IS NULL ORDER BY name`, [julu])) as { id: string }[]).map(
      (v) => v.id,
    );

  const INPUTS: Input[] = [
    { indicator: 'REPEAT_RATE', fact: 'a case registered', act: async () => void (await register()) },
    {
      indicator: 'REPEAT_RATE',
      fact: 'a repeat confirmed',
      prepare: async (ctx) => {
        ctx.prior = await register();
        ctx.caseId = await register();
      },
      act: async (ctx) =>
        void (await http()
          .post(`/api/cases/${ctx.caseId}/repeat-links`)
          .set(t.auth.reception)
          .send({ priorCaseId: ctx.prior, decision: 'CONFIRMED', score: 1, reasons: ['同人同事'] })
          .expect(200)),
    },
    ...(['VISIT_BATCHES', 'VISIT_PERSONS', 'RECEPTION_TIMELINESS', 'RECEPTION_RATE', 'VISIT_SATISFACTION'] as const).map((indicator): Input => ({
      indicator,
      fact: 'a visit received',
      prepare: async (ctx) => void (ctx.caseId = await register()),
      act: async (ctx) => {
        const started = new Date(Date.now() - 60_000);
        await http()
          .post('/api/visits')
          .set(t.auth.reception)
          .send({
            caseId: ctx.caseId,
            arrivalAt: new Date(started.getTime() - 10 * 60_000).toISOString(),
            receptionStartedAt: started.toISOString(),
            personCount: 2,
            representativeIds: [],
          })
          .expect(201);
      },
    })),
    {
      indicator: 'ACCEPTANCE_TIMELINESS',
      fact: 'an intake decision',
      prepare: async (ctx) => void (ctx.caseId = await register()),
      act: async (ctx) => void (await act(ctx.caseId, { action: 'ACCEPT' })),
      period: (ctx) => clockMonth(ctx.caseId, 'D1'),
    },
    {
      indicator: 'ON_TIME_CLOSURE',
      fact: 'a handling opinion (D5 stopped)',
      prepare: async (ctx) => {
        ctx.caseId = await register();
        await act(ctx.caseId, { action: 'ACCEPT' });
        await act(ctx.caseId, { action: 'START_HANDLING' });
      },
      act: async (ctx) => void (await act(ctx.caseId, { action: 'REPLY', outcome: 'EXPLAINED', note: '已解释', legalBasis: '相关政策' })),
      period: (ctx) => clockMonth(ctx.caseId, 'D5'),
    },
    ...(['PARTICIPATION_RATE', 'SATISFACTION_RATE', 'SATISFIED_ONLY_RATE'] as const).map((indicator): Input => ({
      indicator,
      fact: 'an evaluation recorded',
      prepare: evaluable,
      act: async (ctx) => void (await evaluate(ctx)),
    })),
    // Only visit (走访) matters count here; a letter's evaluation refreshes the snapshot without moving it.
    {
      indicator: 'VISITOR_SATISFACTION_RATE',
      fact: 'an evaluation recorded (refreshes)',
      figureChanges: false,
      prepare: evaluable,
      act: async (ctx) => void (await evaluate(ctx)),
    },
    {
      indicator: 'DIVERSION_RATE',
      fact: 'a diversion notice delivered',
      prepare: async (ctx) => {
        ctx.caseId = await register(true);
        ctx.notice = (await act(ctx.caseId, { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' })).notices[0].id;
      },
      act: async (ctx) => void (await deliver(ctx.notice)),
    },
    {
      indicator: 'DIVERSION_RATE',
      fact: 'a case flagged 涉法涉诉',
      prepare: async (ctx) => void (ctx.caseId = await register()),
      act: async (ctx) => void (await http().post(`/api/diversion/cases/${ctx.caseId}/flag`).set(t.auth.reception).send({ reason: '涉及诉讼' }).expect(201)),
    },
    {
      indicator: 'DIVERSION_RATE',
      fact: 'a letter forwarded to a 政法部门',
      prepare: async (ctx) => void (ctx.caseId = await register()),
      act: async (ctx) => void (await act(ctx.caseId, { action: 'FORWARD', handlingUnitId: await t.unitId('县公安局') })),
    },
    {
      indicator: 'INCIDENT_REPORT_RATE',
      fact: 'a quick report past its phone limit',
      act: async () => void (await http().post('/api/incidents').set(t.auth.township).send(incident(40)).expect(201)),
    },
    {
      indicator: 'INCIDENT_REPORT_RATE',
      fact: 'a written report (书面初报) filed',
      prepare: async (ctx) => {
        ctx.incidentId = (
          await http()
            .post('/api/incidents')
            .set(t.auth.township)
            .send({ ...incident(0), phoneReportedAt: new Date().toISOString(), reportedTo: ['县委总值班室'] })
            .expect(201)
        ).body.id;
      },
      act: async (ctx) =>
        void (await http()
          .post(`/api/incidents/${ctx.incidentId}/reports`)
          .set(t.auth.township)
          .send({ kind: 'INITIAL', reportedTo: ['县委总值班室'], content: '书面初报：情况已控制' })
          .expect(201)),
    },
    { indicator: 'HOTSPOT_RESOLUTION_RATE', fact: 'a hotspot registered', act: async () => void (await hotspot()) },
    {
      indicator: 'HOTSPOT_RESOLUTION_RATE',
      fact: 'a hotspot 销号 approved',
      prepare: async (ctx) => {
        ctx.hotspotId = (await hotspot()).id;
        await hotspotAction(ctx.hotspotId, 'START', 'township');
        await hotspotAction(ctx.hotspotId, 'REQUEST_CLOSE', 'township');
      },
      act: async (ctx) => hotspotAction(ctx.hotspotId, 'APPROVE_CLOSE', 'supervisor'),
    },
    {
      indicator: 'BACKLOG_RESOLUTION_RATE',
      fact: 'a backlog case resolved',
      prepare: async (ctx) => {
        const created = (
          await http()
            .post('/api/backlog-cases')
            .set(t.auth.township)
            .send({
              title: '输入测试积案',
              origin: 'CITY',
              townshipId: julu,
              linkedCaseIds: [],
              leader: '县领导',
              responsibleOrg: '巨鹿镇',
              team: '专班',
              task: '化解',
              responsibility: '包案',
              plan: '方案',
              deadline: today,
              supervisionLevel: null,
            })
            .expect(201)
        ).body;
        ctx.backlogId = created.id;
        ctx.version = String(created.version);
      },
      act: async (ctx) =>
        void (await http()
          .post(`/api/backlog-cases/${ctx.backlogId}/resolution`)
          .set(t.auth.township)
          .send({ expectedVersion: Number(ctx.version), status: 'TERMINATED', note: '依法终结' })
          .expect(201)),
    },
    ...(['DUTY_COMPLETION_RATE', 'DUTY_COMPLETIONS'] as const).map((indicator): Input => ({
      indicator,
      fact: 'a shift checked out',
      writesRowsDirectly: true,
      prepare: async (ctx) => {
        ctx.shiftId = await shift(-10);
        await http().post(`/api/duty/shifts/${ctx.shiftId}/check-in`).set(t.auth.township).expect(200);
        // The rate counts shifts whose end has passed (DOMAIN.md §3.3): this one has just ended.
        await dataSource.query(`UPDATE duty_shift SET end_at = now() - interval '1 minute' WHERE id = $1`, [ctx.shiftId]);
      },
      act: async (ctx) => void (await http().post(`/api/duty/shifts/${ctx.shiftId}/check-out`).set(t.auth.township).send({}).expect(200)),
    })),
    {
      // Counted from approved subsidy sheets; a worked shift refreshes the unit's figures before a sheet exists.
      indicator: 'DUTY_SUBSIDY_PER_PERSON_DAY',
      fact: 'a shift checked out (refreshes)',
      writesRowsDirectly: true,
      figureChanges: false,
      prepare: async (ctx) => {
        ctx.shiftId = await shift(-10);
        await http().post(`/api/duty/shifts/${ctx.shiftId}/check-in`).set(t.auth.township).expect(200);
      },
      act: async (ctx) => void (await http().post(`/api/duty/shifts/${ctx.shiftId}/check-out`).set(t.auth.township).send({}).expect(200)),
    },
    {
      indicator: 'DUTY_COMPLETION_RATE',
      fact: 'a check-in (refreshes; the figure counts shifts that have ended)',
      writesRowsDirectly: true,
      figureChanges: false,
      prepare: async (ctx) => void (ctx.shiftId = await shift(30)),
      act: async (ctx) => void (await http().post(`/api/duty/shifts/${ctx.shiftId}/check-in`).set(t.auth.township).expect(200)),
    },
    ...(['PUBLICITY_EVENTS', 'VILLAGE_COVERAGE', 'PUBLICITY_PLAN_COMPLETION'] as const).map((indicator, i): Input => ({
      indicator,
      fact: 'a publicity event held',
      act: async () =>
        void (await http()
          .post('/api/publicity/events')
          .set(t.auth.township)
          .send({ heldOn: today, townshipId: julu, villageIds: [(await villages())[i]], form: 'MEETING', topic: '《信访工作条例》宣讲', participants: 30 })
          .expect(201)),
    })),
    { indicator: 'SPENDING_PROGRESS', fact: 'a budget project created', act: async () => void (await project('INPUTP0001')) },
    {
      indicator: 'SPENDING_PROGRESS',
      fact: 'a payment recorded',
      prepare: async (ctx) => void (ctx.projectId = await project('INPUTP0002')),
      act: async (ctx) =>
        void (await http()
          .post(`/api/budget/projects/${ctx.projectId}/spending`)
          .set(t.auth.supervisor)
          .send({ spentOn: today, amountYuan: 100, description: '办公用品' })
          .expect(201)),
    },
  ];
  async function project(code: string): Promise<string> {
    const res = await http()
      .post('/api/budget/projects')
      .set(t.auth.admin)
      .send({
        year: Number(today.slice(0, 4)),
        code,
        name: '输入测试项目',
        unitCode: '202001',
        unitName: '巨鹿县信访局本级',
        budgetYuan: 1000,
        fiscalYuan: 1000,
        fundingSource: '财政资金',
        purpose: '测试',
        goal: '测试',
      })
      .expect(201);
    return res.body.id;
  }
  function incident(discoveredMinutesAgo: number): Record<string, unknown> {
    return {
      title: '输入测试事件',
      discoveredAt: new Date(Date.now() - discoveredMinutesAgo * 60_000).toISOString(),
      level: 'GENERAL',
      nature: 'GATHERING',
      townshipId: julu,
      placeDetail: '镇政府门前',
      peopleCount: 12,
      description: '村民聚集反映诉求',
    };
  }

  const figure = async (code: string, period: string): Promise<Figure> => {
    const d = (await http().get(`/api/indicators/${code}/records?period=${period}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
    return { numerator: d.numerator, denominator: d.denominator };
  };
  const dashboardOf = async (period: string): Promise<IndicatorDashboard> =>
    (await http().get(`/api/indicators/dashboard?period=${period}`).set(t.auth.supervisor).expect(200)).body as IndicatorDashboard;
  const snapshot = async (code: string, period: string): Promise<Figure | null> => {
    const [row]: { numerator: string; denominator: string }[] = await dataSource.query(
      'SELECT numerator, denominator FROM indicator_snapshot WHERE indicator_code = $1 AND period_key = $2 AND org_unit_id = $3',
      [code, period, county],
    );
    return row ? { numerator: Number(row.numerator), denominator: Number(row.denominator) } : null;
  };
  /** Polls until the condition holds; fails with the description (and what is still pending) after WAIT_MS. */
  const waitFor = async (what: string, condition: () => Promise<boolean>): Promise<void> => {
    if (await waitUntil(condition, WAIT_MS)) return;
    const pending = await dataSource.query(
      `SELECT event_type, published_at IS NOT NULL AS published, last_error FROM outbox_event WHERE delivered_at IS NULL AND event_type = ANY($1)
       UNION ALL SELECT 'dirty ' || period_key, false, NULL FROM indicator_dirty`,
      [[...INDICATOR_EVENTS]],
    );
    throw new Error(`timed out waiting for ${what}; pending: ${JSON.stringify(pending)}`);
  };
  /** Every indicator event relayed and handled, and the dirty list worked off. */
  const settled = (): Promise<void> =>
    waitFor('the events to be handled', async () => {
      const [{ pending }]: { pending: string }[] = await dataSource.query(
        `SELECT (SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL AND event_type = ANY($1)) + (SELECT count(*) FROM indicator_dirty) AS pending`,
        [[...INDICATOR_EVENTS]],
      );
      return Number(pending) === 0;
    });
  const recomputeAll = () => kit.recomputeAll();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'supervisor', 'township', 'admin']);
    dataSource = t.dataSource;
    env = { ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix() };
    kit = indicatorTestKit(t, env, '输入测试');
    julu = await t.unitId('巨鹿镇');
    [{ id: county }] = await dataSource.query(`SELECT id FROM org_unit WHERE type = 'COUNTY'`);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig({ ...env, OUTBOX_POLL_INTERVAL_MS: '100' })), { logger: false });
    await recomputeAll();
    await settled();
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('lists at least one input for every indicator the installation computes', async () => {
    const services = await createIndicatorServices(env);
    try {
      const computed = [...services.get(IndicatorComputationService).sources().keys()].sort();
      expect([...new Set(INPUTS.map((i) => i.indicator))].sort()).toEqual(computed);
    } finally {
      await services.close();
    }
  });

  it.each(INPUTS.map((i) => [i.indicator, i.fact, i] as const))(
    '%s is refreshed by %s',
    async (code, _fact, input) => {
      const ctx: Record<string, string> = {};
      await input.prepare?.(ctx);
      // Rows written without an event (a fixture's roster) are brought in as the nightly run would.
      if (input.writesRowsDirectly) await recomputeAll();
      await settled();
      const period = input.period ? await input.period(ctx) : month;
      const before = await figure(code, period);
      const [{ now: actedAt }]: { now: Date }[] = await dataSource.query('SELECT now()');
      const stored = await snapshot(code, period);
      expect({ numerator: stored?.numerator ?? 0, denominator: stored?.denominator ?? 0 }).toEqual(before);

      await input.act(ctx);
      const after = await figure(code, period);
      if (input.figureChanges === false && isCaseRecordIndicator(code)) {
        // Kept by its case's events: the event is handled, and a record that counts nowhere changes no snapshot.
        expect(after).toEqual(before);
        await settled();
        const s = await snapshot(code, period);
        expect({ numerator: s?.numerator ?? 0, denominator: s?.denominator ?? 0 }).toEqual(before);
      } else if (input.figureChanges === false) {
        expect(after).toEqual(before);
        // A snapshot is rewritten only when its figures change (issue 19.3): the recomputation shows
        // as the time its (period, unit) was last computed, the dashboard's 计算于.
        await waitFor(`${code} to be recomputed`, async () => new Date((await dashboardOf(period)).checkedAt ?? 0) > actedAt);
      } else {
        // The fact moves the figure the drill-down shows; the snapshot follows without any other event.
        expect(after).not.toEqual(before);
        await waitFor(`${code} to show ${JSON.stringify(after)}`, async () => {
          const s = await snapshot(code, period);
          return s !== null && s.numerator === after.numerator && s.denominator === after.denominator;
        });
      }
    },
    120_000,
  );
});
