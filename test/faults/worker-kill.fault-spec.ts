import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiProcess, FaultSystem, type WorkerProcess } from './support/fault-system';
import { caseBody, createPetitioner, keepSending, login, send, townshipId } from './support/intake';
import { logLines } from './support/processes';
import { caseNumbersInLedger, seedCases } from './support/seed-cases';
import { secondsSince, waitUntil } from './support/wait';

const CASES = 30_000;
const BURST = 200;

/** kill -9 of the worker in the middle of a long job: after a restart the job completes exactly once. */
describe('the worker killed mid-job (built worker, SIGKILL)', () => {
  let system: FaultSystem;
  let api: ApiProcess;
  let workers: WorkerProcess[];

  beforeAll(async () => {
    system = await FaultSystem.start('worker-kill');
    await seedCases(system.sql, CASES);
    api = await system.startApi();
    workers = [system.startWorker()];
  });

  afterAll(() => system?.stop());

  const one = async <T>(query: string, params: unknown[] = []): Promise<T> => (await system.sql.query(query, params)).rows[0] as T;

  it(`a ${CASES}-case ledger export killed part-way is written once, complete, after the restart`, async () => {
    const token = await login(api.base, 'supervisor');
    const requested = await send(api.base, 'POST', '/api/exports', token, { ledger: 'CASES', query: {} }, 'fault-export-0001');
    expect(requested.status).toBe(202);
    const exportId = (requested.body as { id: string }).id;

    const progress = () => one<{ status: string; done: number; total: number | null }>('SELECT status, done, total FROM export_job WHERE id = $1', [exportId]);
    const before = await waitUntil(
      'the export to be part-way',
      async () => {
        const p = await progress();
        return p.status === 'RUNNING' && p.total !== null && p.done >= 3000 && p.done < p.total && p;
      },
      90_000,
      25,
    );
    await system.killHard(workers[0]);
    const atKill = await progress();
    expect(atKill.status).toBe('RUNNING');
    expect(atKill.done).toBeLessThan(CASES);

    const restarted = Date.now();
    workers.push(system.startWorker());
    const after = await waitUntil(
      'the export to finish after the restart',
      async () => {
        const p = await progress();
        return p.status === 'DONE' && p;
      },
      120_000,
    );
    const recoverySeconds = secondsSince(restarted);

    expect(after.done).toBe(CASES);
    expect(after.total).toBe(CASES);
    const dir = join(system.work, 'exports');
    expect(readdirSync(dir)).toEqual([`${exportId}.xlsx`]); // no second file, no partial file left behind
    expect(await caseNumbersInLedger(join(dir, `${exportId}.xlsx`))).toBe(CASES);
    // Finished once: one completion line across both workers' logs, one request audit, one event, one enqueue.
    const finishedLines = workers.flatMap((w) => logLines(w.logFile, new RegExp(`^Export ${exportId}: \\d+ rows$`)));
    expect(finishedLines).toHaveLength(1);
    expect(logLines(workers[0].logFile, /^Export /)).toHaveLength(0);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'export.request'`, [exportId])).n).toBe(1);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND published_at IS NOT NULL`, [exportId])).n).toBe(1);
    expect(
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM event_receipt r JOIN outbox_event e ON e.id = r.event_id WHERE e.aggregate_id = $1`, [exportId])).n,
    ).toBeGreaterThan(0);
    const file = await send(api.base, 'GET', `/api/exports/${exportId}`, token);
    expect(file.body).toMatchObject({ status: 'DONE', done: CASES, error: null });
    console.log(
      `[faults] export: killed at ${before.done}/${CASES} rows (${atKill.done} when the kill landed); finished ${recoverySeconds} s after the restart; ${CASES} rows in the file`,
    );
    expect(existsSync(join(dir, `${exportId}.xlsx.part`))).toBe(false);
  });

  it('an indicator recomputation killed part-way recomputes every (period, unit) exactly once after the restart', async () => {
    const admin = await login(api.base, 'admin');
    const { last } = await one<{ last: number }>('SELECT coalesce(max(id), 0)::int AS last FROM indicator_run');
    const requested = await send(api.base, 'POST', '/api/indicators/recompute', admin, {});
    expect(requested.status).toBe(202);
    const { marked } = requested.body as { marked: number };

    const runs = async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM indicator_run WHERE id > $1', [last])).n;
    const dirty = async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM indicator_dirty')).n;
    await waitUntil('the recomputation to be part-way', async () => (await runs()) >= 5 && (await dirty()) > 0, 90_000, 20);
    const worker = workers[workers.length - 1];
    await system.killHard(worker);
    const [runsAtKill, dirtyAtKill] = [await runs(), await dirty()];
    expect(dirtyAtKill).toBeGreaterThan(0);

    const restarted = Date.now();
    workers.push(system.startWorker());
    await waitUntil('every marked pair to be recomputed', async () => (await dirty()) === 0 && (await runs()) >= marked, 150_000, 250);
    const recoverySeconds = secondsSince(restarted);

    const repeated = await system.sql.query(
      'SELECT period_key, org_unit_id, count(*)::int AS n FROM indicator_run WHERE id > $1 GROUP BY period_key, org_unit_id HAVING count(*) > 1',
      [last],
    );
    expect(repeated.rows).toEqual([]);
    expect(await runs()).toBe(marked);
    // The repeat rate's denominator is every case registered in the period: the county's year must count them all.
    const county = await one<{ denominator: string }>(
      `SELECT s.denominator FROM indicator_snapshot s JOIN org_unit o ON o.id = s.org_unit_id AND o.type = 'COUNTY'
       WHERE s.indicator_code = 'REPEAT_RATE' AND s.period_key = to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY')`,
    );
    const expected = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM petition_case WHERE date_part('year', registered_at AT TIME ZONE 'Asia/Shanghai') = date_part('year', now() AT TIME ZONE 'Asia/Shanghai')`,
    );
    expect(Number(county.denominator)).toBe(expected.n);
    console.log(
      `[faults] indicators: ${marked} (period, unit) pairs; killed after ${runsAtKill} with ${dirtyAtKill} left; all done ${recoverySeconds} s after the restart, each once`,
    );
  });

  it('the outbox relay and consumer killed mid-burst deliver every event once after the restart', async () => {
    await system.killHard(workers[workers.length - 1]); // no worker: the burst waits in the outbox
    const token = await login(api.base, 'reception');
    const township = await townshipId(system.sql);
    const petitionerId = await createPetitioner(api.base, token, '突发登记人', township);
    const { first } = await one<{ first: string }>('SELECT coalesce(max(id), 0)::text AS first FROM outbox_event');
    let issued = 0;
    const replies = await keepSending(
      4,
      () => issued++ < BURST,
      (n) => send(api.base, 'POST', '/api/cases', token, caseBody(`突发登记${n}`, township, petitionerId), `fault-burst-${n}`),
    );
    expect(replies.filter((r) => r.status !== 201)).toEqual([]);
    const { events } = await one<{ events: number }>('SELECT count(*)::int AS events FROM outbox_event WHERE id > $1', [first]);
    const delivered = async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE id > $1 AND delivered_at IS NOT NULL', [first])).n;

    workers.push(system.startWorker());
    await waitUntil('part of the burst to be delivered', async () => (await delivered()) >= 20, 90_000, 20);
    await system.killHard(workers[workers.length - 1]);
    const atKill = await delivered();
    expect(atKill).toBeLessThan(events);

    const restarted = Date.now();
    workers.push(system.startWorker());
    await waitUntil('every event of the burst to be delivered', async () => (await delivered()) === events, 90_000, 250);
    const recoverySeconds = secondsSince(restarted);
    const receipts = await system.sql.query<{ consumer: string; n: number; distinct_events: number }>(
      `SELECT r.consumer, count(*)::int AS n, count(DISTINCT r.event_id)::int AS distinct_events FROM event_receipt r WHERE r.event_id > $1 GROUP BY 1 ORDER BY 1`,
      [first],
    );
    const byConsumer = Object.fromEntries(receipts.rows.map((r) => [r.consumer, r.n]));
    expect(receipts.rows.filter((r) => r.n !== r.distinct_events)).toEqual([]);
    expect(byConsumer['delivery-log']).toBe(events);
    // The indicators listen to the registration and to its intake clock starting (INDICATOR_EVENTS):
    // every one of those events of the burst, once.
    const marked = await one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event WHERE id > $1 AND event_type IN ('case.registered', 'clock.changed')`, [first]);
    expect(marked.n).toBe(2 * BURST);
    expect(byConsumer['indicator-marker']).toBe(marked.n);
    console.log(`[faults] outbox: ${events} events from ${BURST} registrations; worker killed with ${atKill} delivered; all delivered once ${recoverySeconds} s after the restart`);
  });
});
