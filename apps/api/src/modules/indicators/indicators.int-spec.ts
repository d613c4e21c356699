import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { IndicatorDashboard, IndicatorDrillDown } from '@julu/contracts';
import { addDays, chinaDate, chinaInstant as chinaInstantOf, type IndicatorCode, parsePeriod } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../core/config/app-config';
import { createIndicatorServices } from '../../../test/deadline-services';
import { waitUntil } from '../../../test/wait-until';
import { type IndicatorTestKit, indicatorTestKit } from '../../../test/indicator-test-kit';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { WorkerModule } from '../../worker/worker.module';
import { IndicatorComputationService } from './indicator-computation.service';
import { isCaseRecordIndicator } from './sources/case-record-sources';

const PASSWORD = 'indicators-test-password-1';

describe('indicators (real PostgreSQL and Redis)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let env: Record<string, string>;
  const today = chinaDate(new Date());
  const month = today.slice(0, 7);

  const visit = (caseId: string, waitMinutes: number, personCount: number) => {
    const started = new Date(Date.now() - 60_000);
    const arrived = new Date(started.getTime() - waitMinutes * 60_000);
    return t
      .http()
      .post('/api/visits')
      .set(t.auth.reception)
      .send({ caseId, arrivalAt: arrived.toISOString(), receptionStartedAt: started.toISOString(), personCount, representativeIds: [] })
      .expect(201);
  };
  let kit: IndicatorTestKit;
  const register = async (lawRelated = false): Promise<string> => (await kit.register(await t.unitId('巨鹿镇'), lawRelated)).id;
  const act = (id: string, body: Record<string, unknown>) => kit.act(id, body);
  const deliver = (noticeId: string) => kit.deliver(noticeId);
  const recomputeAll = () => kit.recomputeAll();
  const dashboard = async (period: string): Promise<IndicatorDashboard> =>
    (await t.http().get(`/api/indicators/dashboard?period=${period}`).set(t.auth.supervisor).expect(200)).body;
  const value = (d: IndicatorDashboard, code: string) => d.cards.find((c) => c.code === code)?.snapshot;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'supervisor', 'township', 'handler', 'admin']);
    dataSource = t.dataSource;
    env = { ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix() };
    kit = indicatorTestKit(t, env, '指标测试');
  });

  afterAll(async () => {
    await t.close();
  });

  it('computes every workflow indicator of a factory-built scenario to the value computed by hand', async () => {
    // Four cases in 巨鹿镇: two law-related (one diverted with its notice delivered, one diverted
    // without), one accepted and evaluated, one left registered with its intake clock overdue.
    const divertedDelivered = await register(true);
    const divertedUndelivered = await register(true);
    const accepted = await register();
    const waiting = await register();
    const divert = { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' };
    const delivered = await act(divertedDelivered, divert);
    await deliver(delivered.notices[0].id);
    await act(divertedUndelivered, divert);
    const acceptance = await act(accepted, { action: 'ACCEPT' });
    await deliver(acceptance.notices[0].id);
    // The bureau accepted it, so the township records the 回访 (a unit never evaluates its own work).
    await t.http().post(`/api/cases/${accepted}/evaluations`).set(t.auth.township).send({ stage: 'ACCEPTANCE', result: 'BASICALLY_SATISFIED' }).expect(201);
    await visit(accepted, 10, 3);
    await visit(waiting, 45, 1);
    // The three decided intake clocks fall due today; the waiting one fell due yesterday and still runs.
    await dataSource.query(`UPDATE case_clock SET due_on = $1 WHERE code = 'D1' AND status = 'STOPPED'`, [today]);
    await dataSource.query(`UPDATE case_clock SET due_on = $2 WHERE case_id = $1 AND code = 'D1'`, [waiting, addDays(today, -1)]);

    await recomputeAll();
    const now = await dashboard(month);
    expect(value(now, 'DIVERSION_RATE')).toMatchObject({ numerator: 1, denominator: 2, value: 50, meetsTarget: false });
    expect(value(now, 'VISIT_BATCHES')).toMatchObject({ numerator: 2, value: 2 });
    expect(value(now, 'VISIT_PERSONS')).toMatchObject({ numerator: 4, value: 4 });
    expect(value(now, 'RECEPTION_TIMELINESS')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(value(now, 'REPEAT_RATE')).toMatchObject({ numerator: 0, denominator: 4, value: 0, meetsTarget: true });
    expect(value(now, 'SATISFACTION_RATE')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(value(now, 'SATISFIED_ONLY_RATE')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    // The overdue, still-running clock counts in the denominator of its period (not hidden by being unfinished).
    const yesterdayMonth = addDays(today, -1).slice(0, 7);
    if (yesterdayMonth === month) {
      expect(value(now, 'ACCEPTANCE_TIMELINESS')).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    } else {
      expect(value(now, 'ACCEPTANCE_TIMELINESS')).toMatchObject({ numerator: 3, denominator: 3 });
      expect(value(await dashboard(yesterdayMonth), 'ACCEPTANCE_TIMELINESS')).toMatchObject({ numerator: 0, denominator: 1 });
    }
    // Not yet due: no D5 falls due this month, so there is no value rather than a flattering one.
    expect(value(now, 'ON_TIME_CLOSURE')?.value ?? null).toBeNull();
    // A township sees its own figures; the county's include them.
    const own = (await t.http().get(`/api/indicators/dashboard?period=${month}`).set(t.auth.township).expect(200)).body as IndicatorDashboard;
    expect(own.orgUnitName).toBe('巨鹿镇');
    expect(value(own, 'VISIT_BATCHES')?.numerator).toBe(2);
    await t
      .http()
      .get(`/api/indicators/dashboard?period=${month}&unitId=${await t.unitId('王虎寨镇')}`)
      .set(t.auth.township)
      .expect(404);
    await t.http().get(`/api/indicators/dashboard?period=2026-13`).set(t.auth.supervisor).expect(400);
  });

  it('computes the duty, incident, publicity, hotspot, backlog and spending indicators of a factory-built scenario', async () => {
    const town = await t.unitId('巨鹿镇');
    const [{ id: userId }] = await dataSource.query(`SELECT id FROM app_user WHERE username = 'township'`);
    const hours = (h: number): Date => new Date(Date.now() + h * 3_600_000);
    // Duty: a sensitive-period roster with three started shifts: completed, missed, and nobody checked in yet.
    const [{ id: periodId }] = await dataSource.query(
      `INSERT INTO sensitive_period (year, name, level, scope, start_on, end_on, shift_pattern, report_due_time) VALUES ($1, '测试节点', 1, 'COUNTY', $2, $2, 'H24', '16:30') RETURNING id`,
      [Number(today.slice(0, 4)), today],
    );
    const [{ id: rosterId }] = await dataSource.query(
      `INSERT INTO duty_roster (unit_id, period_id, date_from, date_to, pattern, status, report_due_time, template) VALUES ($1, $2, $3, $3, 'H24', 'PUBLISHED', '16:30', '{}') RETURNING id`,
      [town, periodId, today],
    );
    // Each shift has ended and has its leader on duty as its one rostered person, whose own attendance matches the shift's state.
    const shift = async (type: string, start: Date, status: string): Promise<void> => {
      const [{ id }] = await dataSource.query(
        `INSERT INTO duty_shift (roster_id, unit_id, date, type, start_at, end_at, leader_id, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [rosterId, town, today, type, start, new Date(start.getTime() + 1000), userId, status],
      );
      const worked = status === 'COMPLETED' ? start : null;
      await dataSource.query(`INSERT INTO duty_shift_member (shift_id, user_id, role, position, check_in_at, check_out_at, missed_at) VALUES ($1, $2, 'LEADER', 0, $3, $3, $4)`, [
        id,
        userId,
        worked,
        status === 'MISSED' ? start : null,
      ]);
    };
    const started = new Date(Math.max(chinaInstantOf(today).getTime(), Date.now() - 3_600_000));
    await shift('H24', started, 'COMPLETED');
    await shift('DAY', new Date(started.getTime() + 1000), 'MISSED');
    await shift('NIGHT', new Date(started.getTime() + 2000), 'PLANNED');
    // Incidents: on time; phone late; written never reported (limit passed); heard from an upper 通报.
    const incident = (no: string, discoveredHoursAgo: number, phoneAfterMin: number | null, writtenAfterMin: number | null, source = 'SELF') => {
      const discovered = hours(-discoveredHoursAgo);
      const after = (min: number | null) => (min === null ? null : new Date(discovered.getTime() + min * 60_000));
      return dataSource.query(
        `INSERT INTO incident (incident_no, title, discovered_at, level, nature, source, township_id, place_detail, people_count, description, phone_limit_minutes, written_limit_minutes, phone_reported_at, written_reported_at, created_by)
         VALUES ($1, '测试事件', $2, (SELECT level FROM incident_report_limit ORDER BY level LIMIT 1), 'OTHER', $3, $4, '镇政府', 10, '测试', 30, 60, $5, $6, $7)`,
        [no, discovered, source, town, after(phoneAfterMin), after(writtenAfterMin), userId],
      );
    };
    // Discovered three hours ago, so every report limit (at most 60 minutes) has passed and each is
    // decided at any time of day; they count in the month of their discovery (yesterday's, just after midnight).
    await incident('T-1', 3, 10, 50);
    await incident('T-2', 3, 40, 55);
    await incident('T-3', 3, 20, null);
    await incident('T-4', 3, 5, 10, 'UPPER_NOTICE');
    const incidentMonth = chinaDate(hours(-3)).slice(0, 7);
    // Publicity: two events in 巨鹿镇 reaching two villages.
    const villages: { id: string }[] = await dataSource.query(`SELECT id FROM org_unit WHERE parent_id = $1 AND type = 'VILLAGE' AND retired_at IS NULL ORDER BY name LIMIT 2`, [
      town,
    ]);
    for (const v of villages) {
      const [{ id: eventId }] = await dataSource.query(
        `INSERT INTO publicity_event (held_on, township_id, form, topic, participants, created_by) VALUES ($1, $2, 'MEETING', '《信访工作条例》宣讲', 30, $3) RETURNING id`,
        [today, town, userId],
      );
      await dataSource.query('INSERT INTO publicity_event_village (event_id, village_id) VALUES ($1, $2)', [eventId, v.id]);
    }
    const [{ n: villagesInTown }] = await dataSource.query(`SELECT count(*)::int AS n FROM org_unit WHERE parent_id = $1 AND type = 'VILLAGE' AND retired_at IS NULL`, [town]);
    // Spending: a project of this year with 40% spent.
    const year = Number(today.slice(0, 4));
    await dataSource.query(
      `INSERT INTO budget_project (year, code, name, unit_code, unit_name, budget_fen, fiscal_fen, funding_source, purpose, goal) VALUES ($1, 'TEST-P1', '测试项目', '202001', '巨鹿县信访局本级', 1000000, 1000000, '财政资金', '测试', '测试')`,
      [year],
    );
    await dataSource.query(`INSERT INTO budget_spending (project_code, year, spent_on, amount_fen, description, source) VALUES ('TEST-P1', $1, $2, 400000, '测试支出', 'MANUAL')`, [
      year,
      today,
    ]);

    // Hotspots and backlog cases: one of two resolved today in each ledger.
    for (const [no, closed] of [
      ['HS-1', today],
      ['HS-2', null],
    ] as const) {
      await dataSource.query(
        `INSERT INTO risk_hotspot (hotspot_no, found_on, found_by, reporting_org, township_id, category_code, category_label, description, main_demand, people_involved,
           risk_level, leader_in_charge, responsible_org, responsible_person, stability_person, measures_resolve, measures_stability, deadline_days, deadline, status, closed_on, created_by)
         VALUES ($1, $2, '排查', '巨鹿镇', $3, '01', '城乡建设', '测试隐患', '测试诉求', 5, 2, '镇长', '巨鹿镇', '张三', '李四', '化解', '稳控', 30, $2, $4, $5, $6)`,
        [no, today, town, closed ? 'RESOLVED' : 'UNRESOLVED', closed, userId],
      );
      await dataSource.query(
        `INSERT INTO backlog_case (backlog_no, title, origin, township_id, leader, responsible_org, team, task, responsibility, plan, deadline, status, settled_on, resolved_on, created_by)
         VALUES ($1, '测试积案', 'HOTSPOT', $2, '县领导', '巨鹿镇', '工作组', '化解', '包案', '方案', $3, $4, $5, $5, $6)`,
        [`B${no}`, town, today, closed ? 'RESOLVED' : 'UNRESOLVED', closed, userId],
      );
    }

    await recomputeAll();
    const now = await dashboard(month);
    expect(value(now, 'HOTSPOT_RESOLUTION_RATE')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(value(now, 'BACKLOG_RESOLUTION_RATE')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    // One duty date whose three shifts are not all completed: not a completed 次 (DOMAIN.md §6.2).
    expect(value(now, 'DUTY_COMPLETIONS')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(value(now, 'DUTY_COMPLETION_RATE')).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 });
    expect(value(await dashboard(incidentMonth), 'INCIDENT_REPORT_RATE')).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
    expect(value(now, 'PUBLICITY_EVENTS')).toMatchObject({ numerator: 2, value: 2 });
    const coverage = value(
      await (async () => (await t.http().get(`/api/indicators/dashboard?period=${month}&unitId=${town}`).set(t.auth.supervisor).expect(200)).body as IndicatorDashboard)(),
      'VILLAGE_COVERAGE',
    );
    expect(coverage).toMatchObject({ numerator: villages.length, denominator: villagesInTown });
    expect(value(now, 'SPENDING_PROGRESS')).toMatchObject({ numerator: 4000, denominator: 10000, value: 40 });
    const incidents = (await t.http().get(`/api/indicators/INCIDENT_REPORT_RATE/records?period=${incidentMonth}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
    expect(incidents.records.map((r) => r.reason).sort()).toEqual(['电话、书面报告均在时限内', '电话报告超时或未报', '书面报告超时或未报', '由上级通报获知，不计为已上报'].sort());
  });

  it('lists, for every indicator, the records whose sums equal the snapshot, each with its reason', async () => {
    const county = await dashboard(month);
    for (const card of county.cards.filter((c) => c.available)) {
      const drill = (await t.http().get(`/api/indicators/${card.code}/records?period=${month}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
      expect({ code: card.code, numerator: drill.numerator, denominator: drill.denominator }).toEqual({
        code: card.code,
        numerator: card.snapshot?.numerator ?? 0,
        denominator: card.snapshot?.denominator ?? 0,
      });
      expect(drill.records.reduce((s, r) => s + r.numerator, 0)).toBe(drill.numerator);
      expect(drill.records.every((r) => r.reason.length > 0)).toBe(true);
    }
    const diversion = (await t.http().get(`/api/indicators/DIVERSION_RATE/records?period=${month}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
    expect(diversion.records.map((r) => r.reason).sort()).toEqual(['已分流但告知书未送达，不计为已分流', '已分流，告知书已送达'].sort());
    const comparison = (await t.http().get(`/api/indicators/VISIT_BATCHES/townships?period=${month}`).set(t.auth.supervisor).expect(200)).body;
    expect(comparison.rows.find((r: { orgUnitName: string }) => r.orgUnitName === '巨鹿镇').snapshot.value).toBe(2);
    const trend = (
      await t
        .http()
        .get(`/api/indicators/VISIT_BATCHES/trend?year=${today.slice(0, 4)}`)
        .set(t.auth.supervisor)
        .expect(200)
    ).body;
    expect(trend.points).toHaveLength(12);
    expect(trend.points.find((p: { periodKey: string }) => p.periodKey === month).value).toBe(2);
    await t.http().get(`/api/indicators/NOPE/records?period=${month}`).set(t.auth.supervisor).expect(404);
    await t.http().get('/api/indicators/dashboard').set(t.auth.handler).expect(403);
  });

  it("reports the year as Art 41 asks: by field, by township, the most involved units, and the bureau's dispositions", async () => {
    const year = today.slice(0, 4);
    const report = (await t.http().get(`/api/indicators/annual-report?year=${year}`).set(t.auth.supervisor).expect(200)).body;
    const [{ n: cases }] = await dataSource.query(`SELECT count(*)::int AS n FROM petition_case WHERE registered_at >= $1`, [chinaInstantOf(`${year}-01-01`)]);
    expect(report.totals.cases).toBe(cases);
    expect(report.byTownship).toEqual([{ label: '巨鹿镇', count: cases }]);
    expect(report.byField.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(cases);
    expect(report.byField.find((r: { label: string }) => r.label === '劳动社保').count).toBeGreaterThanOrEqual(4);
    expect(report.dispositions).toMatchObject({ diverted: 2, accepted: 1 });
    expect(report.totals.visitBatches).toBe(2);
    const own = (await t.http().get(`/api/indicators/annual-report?year=${year}`).set(t.auth.township).expect(200)).body;
    expect(own.totals.cases).toBe(cases);
    await t.http().get('/api/indicators/annual-report').set(t.auth.supervisor).expect(400);
    await t.http().get(`/api/indicators/annual-report?year=${year}`).set(t.auth.handler).expect(403);
  });

  it('keeps the history of an earlier period when late data corrects it', async () => {
    const [{ n: before }] = await dataSource.query(`SELECT count(*)::int AS n FROM indicator_snapshot_history WHERE indicator_code = 'VISIT_BATCHES' AND period_key = $1`, [month]);
    const caseId = await register();
    await visit(caseId, 5, 2);
    await recomputeAll();
    const rows: { numerator: string }[] = await dataSource.query(
      `SELECT numerator FROM indicator_snapshot_history WHERE indicator_code = 'VISIT_BATCHES' AND period_key = $1 AND org_unit_id = (SELECT id FROM org_unit WHERE type = 'COUNTY') ORDER BY id`,
      [month],
    );
    expect(rows.map((r) => Number(r.numerator)).slice(-2)).toEqual([2, 3]);
    const [{ n: after }] = await dataSource.query(`SELECT count(*)::int AS n FROM indicator_snapshot_history WHERE indicator_code = 'VISIT_BATCHES' AND period_key = $1`, [month]);
    expect(after).toBeGreaterThan(before);
    expect(parsePeriod(month)).not.toBeNull();
  });

  it('writes a snapshot only when its figures change, and still shows when they were last computed (issue 19.3)', async () => {
    const year = month.slice(0, 4);
    type Row = { indicator_code: string; period_key: string; org_unit_id: string; xmin: string; numerator: string; denominator: string; computed_at: Date };
    const rows = async (): Promise<Map<string, Row>> => {
      const all: Row[] = await dataSource.query(
        `SELECT indicator_code, period_key, org_unit_id, xmin::text AS xmin, numerator, denominator, computed_at FROM indicator_snapshot WHERE left(period_key, 4) = $1`,
        [year],
      );
      return new Map(all.map((r) => [`${r.indicator_code}|${r.period_key}|${r.org_unit_id}`, r]));
    };
    const historyCount = async (): Promise<number> =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM indicator_snapshot_history WHERE left(period_key, 4) = $1`, [year]))[0].n;
    const [{ id: county }] = await dataSource.query(`SELECT id FROM org_unit WHERE type = 'COUNTY'`);
    const runs = async (): Promise<number> =>
      (await dataSource.query('SELECT count(*)::int AS n FROM indicator_run WHERE period_key = $1 AND org_unit_id = $2', [month, county]))[0].n;

    await recomputeAll();
    const settled = await rows();
    const settledHistory = await historyCount();
    const shown = await dashboard(month);
    expect(settled.size).toBeGreaterThan(0);
    expect(shown.checkedAt).not.toBeNull();
    const runsBefore = await runs();

    // (1) and (3): a recomputation that changes nothing rewrites no snapshot and adds no history,
    // while the time the dashboard shows as 计算于 moves forward.
    await recomputeAll();
    expect(await runs()).toBeGreaterThan(runsBefore);
    const same = await rows();
    expect([...same.values()].filter((r) => settled.get(`${r.indicator_code}|${r.period_key}|${r.org_unit_id}`)?.xmin !== r.xmin)).toEqual([]);
    expect(same.size).toBe(settled.size);
    expect(await historyCount()).toBe(settledHistory);
    const again = await dashboard(month);
    expect(again.computedAt).toBe(shown.computedAt);
    expect(again.cards.map((c) => c.snapshot?.computedAt)).toEqual(shown.cards.map((c) => c.snapshot?.computedAt));
    expect(new Date(again.checkedAt ?? 0).getTime()).toBeGreaterThan(new Date(shown.checkedAt ?? 0).getTime());
    expect(new Date(again.checkedAt ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(again.computedAt ?? 0).getTime());

    // (2): figures that change are written and appended to the history, and only they: a visit moves
    // ledger indicators (the reconciliation's path), a stored figure set wrong moves a batch-computed one.
    const batchKey = [...same.keys()].find((k) => k.endsWith(`|${month}|${county}`) && !isCaseRecordIndicator(k.split('|')[0] as IndicatorCode));
    expect(batchKey).toBeDefined();
    const [batchCode] = (batchKey as string).split('|');
    await dataSource.query('UPDATE indicator_snapshot SET numerator = numerator + 7 WHERE indicator_code = $1 AND period_key = $2 AND org_unit_id = $3', [
      batchCode,
      month,
      county,
    ]);
    await visit(await register(), 5, 2);
    const before = await rows();
    const historyBefore = await historyCount();
    await recomputeAll();
    const after = await rows();
    const figures = (r: Row | undefined) => (r ? `${Number(r.numerator)}/${Number(r.denominator)}` : 'none');
    const written = [...after.entries()].filter(([k, r]) => before.get(k)?.xmin !== r.xmin).map(([k]) => k);
    const changed = [...after.entries()].filter(([k, r]) => figures(before.get(k)) !== figures(r)).map(([k]) => k);
    expect(written.sort()).toEqual(changed.sort());
    expect(written).toContain(batchKey);
    expect(written).toContain(`VISIT_BATCHES|${month}|${county}`);
    expect(await historyCount()).toBe(historyBefore + written.length);
    const [last]: { numerator: string; computed_at: Date }[] = await dataSource.query(
      'SELECT numerator, computed_at FROM indicator_snapshot_history WHERE indicator_code = $1 AND period_key = $2 AND org_unit_id = $3 ORDER BY id DESC LIMIT 1',
      [batchCode, month, county],
    );
    // The wrong figure is corrected to what it was, and its history ends with that write.
    const fixed = after.get(batchKey as string) as Row;
    expect(figures(fixed)).toBe(figures(settled.get(batchKey as string)));
    expect(Number(last.numerator)).toBe(Number(fixed.numerator));
    expect(last.computed_at.getTime()).toBe(fixed.computed_at.getTime());
    expect(Number(after.get(`VISIT_BATCHES|${month}|${county}`)?.numerator)).toBe(Number(before.get(`VISIT_BATCHES|${month}|${county}`)?.numerator) + 1);
  });

  it('works off months before quarters and years, unless a pair has waited past the starvation limit', async () => {
    const year = month.slice(0, 4);
    const quarter = `${year}Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    const [{ id: county }] = await dataSource.query(`SELECT id FROM org_unit WHERE type = 'COUNTY'`);
    const order = async (yearWaitedSeconds: number): Promise<string[]> => {
      await dataSource.query('DELETE FROM indicator_dirty');
      // The year and the quarter were marked before the month, as a second intake finds them.
      await dataSource.query(
        `INSERT INTO indicator_dirty (period_key, org_unit_id, dirty_at, first_dirty_at) VALUES
           ($1, $4, now() - interval '1 minute', now() - make_interval(secs => $5)),
           ($2, $4, now() - interval '1 minute', now() - interval '50 seconds'),
           ($3, $4, now() - interval '1 minute', now() - interval '10 seconds')`,
        [year, quarter, month, county, yearWaitedSeconds],
      );
      const [{ last }] = await dataSource.query('SELECT coalesce(max(id), 0) AS last FROM indicator_run');
      const services = await createIndicatorServices(env);
      try {
        await services.get(IndicatorComputationService).processDirty();
      } finally {
        await services.close();
      }
      return (await dataSource.query('SELECT period_key FROM indicator_run WHERE id > $1 ORDER BY id', [last])).map((r: { period_key: string }) => r.period_key);
    };
    expect(await order(60)).toEqual([month, quarter, year]);
    expect(await order(3600)).toEqual([year, month, quarter]);
  });

  it('keeps up with a burst of 1,000 intakes by deltas alone, with correct final figures', async () => {
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig({ ...env, OUTBOX_POLL_INTERVAL_MS: '100' })), {
      logger: false,
    });
    try {
      const townshipId = await t.unitId('巨鹿镇');
      const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '批量登记', idType: 'OTHER', townshipId }).expect(201);
      // The year's ledger is built first (as the worker does at startup): from then on events alone keep it.
      await recomputeAll();
      const burstStarted = new Date();
      const body = {
        channel: 'PHONE',
        source: 'DIRECT',
        matterType: 'SUGGESTION',
        categoryCode: '01',
        title: '批量登记',
        mainRequest: '测试',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      };
      const queue = Array.from({ length: 1000 }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) await t.http().post('/api/cases').set(t.auth.reception).send(body).expect(201);
        }),
      );
      // Wait until every event is relayed and handled and the snapshot counts every case.
      const [{ n: cases }] = await dataSource.query(`SELECT count(*)::int AS n FROM petition_case WHERE registered_at >= $1`, [parsePeriod(month)?.from]);
      const settled = await waitUntil(
        async () => {
          const [{ pending }] = await dataSource.query(`SELECT (SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL) + (SELECT count(*) FROM indicator_dirty) AS pending`);
          return Number(pending) === 0 && value(await dashboard(month), 'REPEAT_RATE')?.denominator === cases;
        },
        360_000,
        500,
      );
      expect(settled).toBe(true);
      // Each intake's own event added its case to the snapshot (issue 19 point 2): one delta, and
      // one history row, per registration — not a few recomputations of the whole burst.
      const [{ deltas }] = await dataSource.query(
        `SELECT count(*)::int AS deltas FROM indicator_snapshot_history WHERE indicator_code = 'REPEAT_RATE' AND period_key = $1
         AND org_unit_id = (SELECT id FROM org_unit WHERE type = 'COUNTY') AND computed_at >= $2`,
        [month, burstStarted],
      );
      expect(deltas).toBeGreaterThanOrEqual(1000);
    } finally {
      await worker.close();
    }
  }, 700_000);

  it('counts an accusation against a township for the county only: not in its snapshot, drill-down or bar (条例 Art 30)', async () => {
    const townshipId = await t.unitId('巨鹿镇');
    const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '检举人', idType: 'OTHER', townshipId }).expect(201);
    const res = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'ACCUSATION',
        involvedUnitId: townshipId,
        categoryCode: '03',
        title: '检举巨鹿镇干部',
        mainRequest: '请求查处',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    const accusation: string = res.body.case.id;
    await visit(accusation, 10, 1);
    await recomputeAll();
    for (const code of ['REPEAT_RATE', 'VISIT_BATCHES']) {
      const own = (await t.http().get(`/api/indicators/${code}/records?period=${month}`).set(t.auth.township).expect(200)).body as IndicatorDrillDown;
      expect(JSON.stringify(own)).not.toContain(accusation);
      expect(JSON.stringify(own)).not.toContain('检举巨鹿镇干部');
      // The township's drill-down adds up, and so does its stored figure: the same records.
      expect(own.records.reduce((s, r) => s + r.denominator, 0)).toBe(own.denominator);
      expect({ numerator: own.snapshot?.numerator, denominator: own.snapshot?.denominator }).toEqual({ numerator: own.numerator, denominator: own.denominator });
      // The county sees the township as the township sees itself, and the accusation in its own total.
      const ofTownship = (await t.http().get(`/api/indicators/${code}/records?period=${month}&unitId=${townshipId}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
      expect(JSON.stringify(ofTownship)).not.toContain(accusation);
      expect(ofTownship.denominator).toBe(own.denominator);
      const county = (await t.http().get(`/api/indicators/${code}/records?period=${month}`).set(t.auth.supervisor).expect(200)).body as IndicatorDrillDown;
      expect(JSON.stringify(county)).toContain(accusation);
      expect({ numerator: county.snapshot?.numerator, denominator: county.snapshot?.denominator }).toEqual({ numerator: county.numerator, denominator: county.denominator });
    }
  });
});
