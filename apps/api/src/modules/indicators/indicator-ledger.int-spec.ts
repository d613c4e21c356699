import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { chinaDate, type IndicatorCode, periodsOfYear } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../core/config/app-config';
import { EventDispatcherService } from '../../core/outbox/event-dispatcher.service';
import { createIndicatorServices } from '../../../test/deadline-services';
import { type IndicatorTestKit, indicatorTestKit } from '../../../test/indicator-test-kit';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { testSecrets } from '../../../test/test-config';
import { testRedisUrl, uniquePrefix } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import { INDICATOR_MARKER } from './jobs/indicators-worker.service';
import { WorkerModule } from '../../worker/worker.module';
import { IndicatorComputationService } from './indicator-computation.service';
import { INDICATOR_EVENTS } from './indicator-events.service';
import { LedgerReconciliationService } from './ledger-reconciliation.service';
import { CASE_RECORD_SOURCES } from './sources/case-record-sources';

const PASSWORD = 'indicator-ledger-password-1';
const CODES = Object.keys(CASE_RECORD_SOURCES) as IndicatorCode[];

interface CaseState {
  id: string;
  town: string;
  status: 'REGISTERED' | 'ACCEPTED' | 'DIVERTED' | 'FORWARDED';
  lawRelated: boolean;
  accusation: boolean;
  notice?: string;
  delivered: boolean;
  evaluated: boolean;
}

/** A small deterministic generator, so that a failing stream can be replayed (the seed is printed). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Issue 19 point 2: snapshots kept by deltas on each case event agree exactly with the full recomputation. */
describe('indicator contribution ledger (real PostgreSQL and Redis)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let env: Record<string, string>;
  let worker: INestApplicationContext;
  let kit: IndicatorTestKit;
  let county: string;
  const today = chinaDate(new Date());
  const year = Number(today.slice(0, 4));

  /** Every indicator event relayed and handled by every consumer, and no recomputation waiting. */
  const settled = async (): Promise<void> => {
    const done = await waitUntil(
      async () => {
        const [{ pending }]: { pending: string }[] = await dataSource.query(
          `SELECT (SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL AND event_type = ANY($1)) + (SELECT count(*) FROM indicator_dirty) AS pending`,
          [[...INDICATOR_EVENTS]],
        );
        return Number(pending) === 0;
      },
      90_000,
      200,
    );
    expect(done).toBe(true);
  };

  /** Every snapshot of the ledger indicators, keyed by indicator, period and unit. */
  const snapshots = async (): Promise<Map<string, string>> => {
    const rows: { k: string; v: string }[] = await dataSource.query(
      `SELECT indicator_code || '|' || period_key || '|' || org_unit_id AS k, numerator::text || '/' || denominator::text AS v
       FROM indicator_snapshot WHERE indicator_code = ANY($1::varchar[])`,
      [CODES],
    );
    return new Map(rows.map((r) => [r.k, r.v]));
  };
  const ledger = async (): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT indicator_code || '|' || month_key || '|' || record_id || '|' || coalesce(unit_id::text, '-') || '|' || numerator || '/' || denominator AS r FROM indicator_contribution ORDER BY 1`,
      )) as { r: string }[]
    ).map((r) => r.r);

  /** Where the stored snapshots differ from the full recomputation, for every ledger indicator, period of the kept years and unit. */
  const disagreements = async (): Promise<string[]> => {
    const stored = await snapshots();
    const kept = ((await dataSource.query('SELECT year FROM indicator_ledger_year ORDER BY year')) as { year: number }[]).map((r) => r.year);
    expect(kept).toContain(year);
    const services = await createIndicatorServices(env);
    const out: string[] = [];
    try {
      const computation = services.get(IndicatorComputationService);
      for (const y of kept) {
        for (const period of periodsOfYear(y)) {
          for (const code of CODES) {
            const full = await computation.unitSums(dataSource, CASE_RECORD_SOURCES[code] as string, computation.scope(period, null));
            const units = new Set([...full.keys()].map((u) => u ?? county));
            for (const k of stored.keys()) if (k.startsWith(`${code}|${period.key}|`)) units.add(k.split('|')[2]);
            for (const unit of units) {
              const f = full.get(unit === county ? null : unit) ?? { numerator: 0, denominator: 0 };
              const s = stored.get(`${code}|${period.key}|${unit}`) ?? '0/0';
              const [n, d] = s.split('/').map(Number);
              if (n !== f.numerator || d !== f.denominator) out.push(`${code} ${period.key} ${unit}: stored ${s}, full ${f.numerator}/${f.denominator}`);
            }
          }
        }
      }
    } finally {
      await services.close();
    }
    return out;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'supervisor', 'township', 'admin']);
    dataSource = t.dataSource;
    env = { ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix() };
    kit = indicatorTestKit(t, env, '台账测试');
    [{ id: county }] = await dataSource.query(`SELECT id FROM org_unit WHERE type = 'COUNTY'`);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig({ ...env, OUTBOX_POLL_INTERVAL_MS: '100' })), { logger: false });
    await kit.recomputeAll();
    await settled();
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('after a random stream of case events, every snapshot equals the full recomputation; redelivery changes nothing', async () => {
    const seed = Number(process.env.LEDGER_SEED ?? Date.now() % 100_000);
    process.stdout.write(`indicator-ledger: random stream seed ${seed} (LEDGER_SEED replays it)\n`);
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const [{ last }]: { last: string }[] = await dataSource.query('SELECT coalesce(max(id), 0)::text AS last FROM outbox_event');
    const julu = await t.unitId('巨鹿镇');
    const towns = [julu, await t.unitId('王虎寨镇'), await t.unitId('官亭镇')];
    const police = await t.unitId('县公安局');
    const cases: CaseState[] = [];
    const counts: Record<string, number> = {};

    for (let step = 0; step < 40; step++) {
      const registered = cases.filter((c) => c.status === 'REGISTERED');
      const undelivered = cases.filter((c) => c.notice && !c.delivered);
      // 回访 by the township, of its own cases that the bureau accepted and delivered (never an accusation against it).
      const evaluable = cases.filter((c) => c.status === 'ACCEPTED' && c.delivered && !c.evaluated && c.town === julu && !c.accusation);
      const choices = [
        'register',
        'register',
        ...(cases.length > 0 ? ['visit', 'visit'] : []),
        ...(registered.length > 0 ? ['accept', 'accept', 'flag', 'forward'] : []),
        ...(registered.some((c) => c.lawRelated) ? ['divert'] : []),
        ...(undelivered.length > 0 ? ['deliver', 'deliver'] : []),
        ...(evaluable.length > 0 ? ['evaluate', 'evaluate'] : []),
      ];
      const choice = pick(choices) as string;
      counts[choice] = (counts[choice] ?? 0) + 1;
      if (choice === 'register') {
        const town = pick(towns) as string;
        const accusation = town === julu && next() < 0.2;
        const lawRelated = !accusation && next() < 0.3;
        const over = accusation ? { matterType: 'ACCUSATION', involvedUnitId: julu, title: '检举镇干部' } : {};
        const { id } = await kit.register(town, lawRelated, over);
        cases.push({ id, town, status: 'REGISTERED', lawRelated, accusation, delivered: false, evaluated: false });
      } else if (choice === 'visit') {
        const c = pick(cases) as CaseState;
        const started = new Date(Date.now() - 60_000);
        const arrived = new Date(started.getTime() - Math.floor(next() * 60) * 60_000);
        const personCount = 1 + Math.floor(next() * 3);
        await t
          .http()
          .post('/api/visits')
          .set(t.auth.reception)
          .send({ caseId: c.id, arrivalAt: arrived.toISOString(), receptionStartedAt: started.toISOString(), personCount, representativeIds: [] })
          .expect(201);
      } else if (choice === 'accept') {
        const c = pick(registered) as CaseState;
        c.notice = (await kit.act(c.id, { action: 'ACCEPT' })).notices[0]?.id;
        c.status = 'ACCEPTED';
      } else if (choice === 'divert') {
        const c = pick(registered.filter((r) => r.lawRelated)) as CaseState;
        c.notice = (await kit.act(c.id, { action: 'DIVERT', diversionRoute: 'ARBITRATION', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', note: '属劳动争议' })).notices[0]?.id;
        c.status = 'DIVERTED';
      } else if (choice === 'flag') {
        const c = pick(registered.filter((r) => !r.lawRelated)) ?? (pick(registered) as CaseState);
        if (!c.lawRelated) await t.http().post(`/api/diversion/cases/${c.id}/flag`).set(t.auth.reception).send({ reason: '涉及诉讼' }).expect(201);
        c.lawRelated = true;
      } else if (choice === 'forward') {
        const c = pick(registered) as CaseState;
        await kit.act(c.id, { action: 'FORWARD', handlingUnitId: police });
        c.status = 'FORWARDED';
      } else if (choice === 'deliver') {
        const c = pick(undelivered) as CaseState;
        await kit.deliver(c.notice as string);
        c.delivered = true;
      } else {
        const c = pick(evaluable) as CaseState;
        const result = pick(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']);
        await t.http().post(`/api/cases/${c.id}/evaluations`).set(t.auth.township).send({ stage: 'ACCEPTANCE', result }).expect(201);
        c.evaluated = true;
      }
    }
    process.stdout.write(`indicator-ledger: ${JSON.stringify(counts)}\n`);
    await settled();
    // The stream went through the ledger: its cases have contributions, and no full run was needed for them.
    const [{ n: contributed }]: { n: number }[] = await dataSource.query('SELECT count(DISTINCT case_id)::int AS n FROM indicator_contribution WHERE case_id = ANY($1::uuid[])', [
      cases.map((c) => c.id),
    ]);
    expect(contributed).toBe(cases.length);
    expect(await disagreements()).toEqual([]);

    // Redelivery: the indicator consumer's receipts are dropped and every event of the stream is dispatched again.
    const events: { id: string; event_type: string; aggregate_type: string; aggregate_id: string }[] = await dataSource.query(
      'SELECT id::text, event_type, aggregate_type, aggregate_id FROM outbox_event WHERE id > $1 AND event_type = ANY($2) ORDER BY id',
      [last, [...INDICATOR_EVENTS]],
    );
    expect(events.length).toBeGreaterThanOrEqual(40);
    const [before, ledgerBefore] = [await snapshots(), await ledger()];
    await dataSource.query('DELETE FROM event_receipt WHERE consumer = $1 AND event_id = ANY($2::bigint[])', [INDICATOR_MARKER, events.map((e) => e.id)]);
    const dispatcher = worker.get(EventDispatcherService);
    for (const e of events) {
      const ran = await dispatcher.dispatch({ eventId: e.id, eventType: e.event_type, aggregateType: e.aggregate_type, aggregateId: e.aggregate_id });
      expect(ran).toContain(INDICATOR_MARKER);
    }
    expect(await snapshots()).toEqual(before);
    expect(await ledger()).toEqual(ledgerBefore);

    // The nightly reconciliation agrees: nothing to correct on the same day.
    await kit.recomputeAll();
    const [{ drift }]: { drift: number }[] = await dataSource.query('SELECT drift FROM indicator_ledger_year WHERE year = $1', [year]);
    expect(drift).toBe(0);
    expect(await snapshots()).toEqual(before);
  }, 600_000);

  it('case events go on during a reconciliation: one commits while it is paused midway, and none is lost or counted twice', async () => {
    const month = today.slice(0, 7);
    const julu = await t.unitId('巨鹿镇');
    const official = await kit.register(await t.unitId('王虎寨镇'));
    await settled();
    const services = await createIndicatorServices(env);
    // The reconciliation pauses after its first step of this month (that indicator rewritten and
    // committed, the month's other indicators still to come) until the test releases it.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let run: Promise<unknown> = Promise.resolve();
    try {
      let pausedAt: string | null = null;
      let finished = false;
      const afterStep = async (monthKey: string, code: IndicatorCode): Promise<void> => {
        if (monthKey !== month || pausedAt) return;
        pausedAt = `${monthKey} ${code}`;
        await released;
      };
      run = dataSource.transaction((m) => services.get(LedgerReconciliationService).reconcileYear(m, year, new Date(), { afterStep })).finally(() => (finished = true));
      expect(await waitUntil(async () => pausedAt !== null, 120_000, 100)).toBe(true);

      // While it is paused: a registration and a transition reach the ledger and commit (the
      // indicator consumer's receipt is written in the event's own transaction).
      const during = await kit.register(julu);
      await kit.act(official.id, { action: 'ACCEPT' });
      const applied = async (): Promise<boolean> => {
        const [{ registered, unhandled }]: { registered: boolean; unhandled: number }[] = await dataSource.query(
          `SELECT EXISTS (SELECT 1 FROM indicator_contribution WHERE case_id = $1 AND indicator_code = 'REPEAT_RATE') AS registered,
             (SELECT count(*)::int FROM outbox_event o WHERE o.event_type = ANY($2)
                AND NOT EXISTS (SELECT 1 FROM event_receipt r WHERE r.consumer = $3 AND r.event_id = o.id)) AS unhandled`,
          [during.id, [...INDICATOR_EVENTS], INDICATOR_MARKER],
        );
        return registered && unhandled === 0;
      };
      expect(await waitUntil(applied, 60_000, 100)).toBe(true);
      await settled();
      expect(finished).toBe(false);

      // More events race with the rest of the run (this month's other indicators, the snapshot correction).
      release();
      const racing = Promise.all([kit.register(julu), kit.register(await t.unitId('官亭镇'), true), kit.act(during.id, { action: 'ACCEPT' })]);
      await Promise.all([run, racing]);
    } finally {
      release();
      await run.catch(() => undefined);
      await services.close();
    }
    await settled();
    expect(await disagreements()).toEqual([]);
  }, 300_000);

  it('the reconciliation corrects and reports a snapshot that drifted from its records', async () => {
    const month = today.slice(0, 7);
    await kit.register(await t.unitId('巨鹿镇'));
    await settled();
    const [{ n }]: { n: string }[] = await dataSource.query(
      `SELECT numerator::text AS n FROM indicator_snapshot WHERE indicator_code = 'REPEAT_RATE' AND period_key = $1 AND org_unit_id = $2`,
      [month, county],
    );
    // A lost update, as a missed event would leave it: the county's month counts seven cases too many.
    await dataSource.query(`UPDATE indicator_snapshot SET denominator = denominator + 7 WHERE indicator_code = 'REPEAT_RATE' AND period_key = $1 AND org_unit_id = $2`, [
      month,
      county,
    ]);
    const services = await createIndicatorServices(env);
    try {
      const { drift } = await dataSource.transaction((m) => services.get(LedgerReconciliationService).reconcileYear(m, year));
      expect(drift).toEqual([expect.objectContaining({ code: 'REPEAT_RATE', periodKey: month, unitId: county, is: expect.objectContaining({ numerator: Number(n) }) })]);
      expect(drift[0].was.denominator - drift[0].is.denominator).toBe(7);
    } finally {
      await services.close();
    }
    const [{ drift: logged }]: { drift: number }[] = await dataSource.query('SELECT drift FROM indicator_ledger_year WHERE year = $1', [year]);
    expect(logged).toBe(1);
    expect(await disagreements()).toEqual([]);
  }, 300_000);
});
