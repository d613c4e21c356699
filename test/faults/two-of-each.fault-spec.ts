import { Queue } from 'bullmq';
import { type ApiProcess, FaultSystem, type WorkerProcess } from './support/fault-system';
import { caseBody, createPetitioner, keepSending, login, send } from './support/intake';
import { logLines } from './support/processes';
import { secondsSince, waitUntil } from './support/wait';

const CASES = 80;

/** Two APIs and two workers on one database and one Redis: every job runs once, the figures add up. */
describe('two API and two worker processes against one PostgreSQL and Redis', () => {
  let system: FaultSystem;
  let apis: ApiProcess[];
  let workers: WorkerProcess[];

  beforeAll(async () => {
    // Nobody is killed here: the default lock time, so a starved machine cannot make a job look stalled.
    system = await FaultSystem.start('two-of-each', { JOB_LOCK_SECONDS: '30' });
    apis = await Promise.all([system.startApi('api-a'), system.startApi('api-b')]);
    workers = [system.startWorker('worker-a'), system.startWorker('worker-b')];
    await Promise.all(workers.map((w) => system.workerReady(w)));
  });

  afterAll(() => system?.stop());

  const one = async <T>(query: string, params: unknown[] = []): Promise<T> => (await system.sql.query(query, params)).rows[0] as T;

  it('registrations and transitions spread over both APIs are relayed, delivered and counted once', async () => {
    const tokens = await Promise.all(apis.map((api) => login(api.base, 'reception')));
    const townships = (await system.sql.query<{ id: string }>(`SELECT id FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP') ORDER BY code LIMIT 3`)).rows.map((r) => r.id);
    const petitionerId = await createPetitioner(apis[0].base, tokens[0], '双实例信访人', townships[0]);
    const started = Date.now();

    // Each case registered through one API and accepted (受理) through the other.
    let issued = 0;
    const statuses = await keepSending(
      4,
      () => issued < CASES,
      async () => {
        const n = issued++;
        const [a, b] = [n % 2, (n + 1) % 2];
        const registered = await send(apis[a].base, 'POST', '/api/cases', tokens[a], caseBody(`双实例登记${n}`, townships[n % townships.length], petitionerId), `two-of-each-${n}`);
        const caseId = (registered.body as { case: { id: string } }).case.id;
        const view = await send(apis[b].base, 'GET', `/api/cases/${caseId}/workflow`, tokens[b]);
        const accepted = await send(
          apis[b].base,
          'POST',
          `/api/cases/${caseId}/transitions`,
          tokens[b],
          { action: 'ACCEPT', expectedVersion: (view.body as { version: number }).version },
          `two-of-each-accept-${n}`,
        );
        return [registered.status, view.status, accepted.status];
      },
    );
    expect(statuses.flat().filter((s) => s !== 201 && s !== 200)).toEqual([]);
    const exports = await Promise.all(
      apis.map(async (api, i) => (await send(api.base, 'POST', '/api/exports', tokens[i], { ledger: 'CASES', query: {} }, `two-of-each-export-${i}`)).body as { id: string }),
    );

    await waitUntil(
      'every event to be delivered',
      async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE delivered_at IS NULL')).n === 0,
      90_000,
      250,
    );
    await waitUntil('both exports to finish', async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM export_job WHERE status = 'DONE'`)).n === 2, 90_000, 250);
    await waitUntil('the indicators to settle', async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM indicator_dirty')).n === 0, 90_000, 250);
    const settledSeconds = secondsSince(started);

    // Every event became one job, started once, by one of the two workers.
    const events = (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event')).n;
    const queue = new Queue('outbox', { connection: { url: `redis://127.0.0.1:${system.redisPort}` }, prefix: 'julu' });
    try {
      const jobs = await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed']);
      expect(jobs).toHaveLength(events);
      expect(jobs.filter((j) => j.attemptsStarted !== 1 || j.finishedOn === undefined || j.failedReason)).toEqual([]);
    } finally {
      await queue.close();
    }
    const byConsumer = await system.sql.query<{ consumer: string; n: number }>('SELECT consumer, count(*)::int AS n FROM event_receipt GROUP BY consumer ORDER BY consumer');
    const expected = await one<{ registered: number; transitioned: number; clocks: number; exports: number }>(
      `SELECT count(*) FILTER (WHERE event_type = 'case.registered')::int AS registered, count(*) FILTER (WHERE event_type = 'case.transitioned')::int AS transitioned,
              count(*) FILTER (WHERE event_type = 'clock.changed')::int AS clocks, count(*) FILTER (WHERE event_type = 'export.requested')::int AS exports FROM outbox_event`,
    );
    expect(expected).toMatchObject({ registered: CASES, transitioned: CASES, exports: 2 });
    expect(Object.fromEntries(byConsumer.rows.map((r) => [r.consumer, r.n]))).toMatchObject({
      'delivery-log': events,
      'export-enqueuer': 2,
      'reminder-planner': expected.clocks,
    });
    // Both exports written once each, by one worker or the other.
    for (const { id } of exports) {
      expect(workers.flatMap((w) => logLines(w.logFile, new RegExp(`^Export ${id}: ${CASES} rows$`)))).toHaveLength(1);
    }
    // The snapshots equal a count by hand: every case registered this year, per township and for the county.
    const snapshot = await system.sql.query<{ unit: string; denominator: string }>(
      `SELECT s.org_unit_id::text AS unit, s.denominator FROM indicator_snapshot s
       WHERE s.indicator_code = 'REPEAT_RATE' AND s.period_key = to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') AND s.denominator > 0 ORDER BY 1`,
    );
    const byHand = await system.sql.query<{ unit: string; n: string }>(
      `SELECT township_id::text AS unit, count(*)::text AS n FROM petition_case GROUP BY 1
       UNION ALL SELECT (SELECT id::text FROM org_unit WHERE type = 'COUNTY'), count(*)::text FROM petition_case ORDER BY 1`,
    );
    expect(snapshot.rows.map((r) => [r.unit, Number(r.denominator)])).toEqual(byHand.rows.map((r) => [r.unit, Number(r.n)]));
    const runs = await one<{ n: number }>('SELECT count(*)::int AS n FROM indicator_run');
    console.log(
      `[faults] two APIs + two workers: ${CASES} registrations and ${CASES} acceptances split over both APIs, ${events} events each started once ` +
        `(${byConsumer.rows.map((r) => `${r.consumer} ${r.n}`).join(', ')}); 2 exports written once; ${runs.n} indicator recomputations; settled ${settledSeconds} s after the first request`,
    );
  });
});
