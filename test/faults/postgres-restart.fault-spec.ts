import { type ApiProcess, FaultSystem, type WorkerProcess } from './support/fault-system';
import { caseBody, keepSending, login, petitionerBody, type Reply, send, townshipId } from './support/intake';
import { isRunning } from './support/processes';
import { pause, secondsSince, waitUntil } from './support/wait';

const CONCURRENCY = 4;

interface Intake {
  statuses: number[];
  retryAfter: (string | null)[];
  petitionerId: string;
  caseId: string;
  caseNo: string;
}

/** PostgreSQL restarted under a write load: 503s while it is away, recovery by itself, nothing half-written. */
describe('PostgreSQL restarted under intake load (built API and worker)', () => {
  let system: FaultSystem;
  let api: ApiProcess;
  let worker: WorkerProcess;

  beforeAll(async () => {
    system = await FaultSystem.start('postgres-restart');
    api = await system.startApi();
    worker = system.startWorker();
    await system.workerReady(worker);
  });

  afterAll(() => system?.stop());

  const one = async <T>(query: string, params: unknown[] = []): Promise<T> => (await system.sql.query(query, params)).rows[0] as T;

  it('answers only 201 or 503 (with Retry-After), recovers without a restart, and every registered case is whole', async () => {
    const token = await login(api.base, 'reception');
    const township = await townshipId(system.sql);
    let completed = 0;

    /** One intake as a desk clerk's browser does it: petitioner, then case, each retried with its key after a 503. */
    const intake = async (n: number): Promise<Intake> => {
      const statuses: number[] = [];
      const retryAfter: (string | null)[] = [];
      const until201 = async (path: string, body: unknown, key: string): Promise<Reply> => {
        for (;;) {
          const reply = await send(api.base, 'POST', path, token, body, key);
          statuses.push(reply.status);
          if (reply.status !== 503) return reply;
          retryAfter.push(reply.retryAfter);
          await pause(200);
        }
      };
      const person = await until201('/api/petitioners', petitionerBody(`重启负载${n}`, township), `pg-restart-person-${n}`);
      const petitionerId = (person.body as { id?: string }).id ?? '';
      const registered = await until201('/api/cases', caseBody(`重启负载登记${n}`, township, petitionerId), `pg-restart-case-${n}`);
      const detail = (registered.body as { case?: { id: string; caseNo: string } }).case;
      completed++;
      return { statuses, retryAfter, petitionerId, caseId: detail?.id ?? '', caseNo: detail?.caseNo ?? '' };
    };

    let sending = true;
    const load = keepSending(CONCURRENCY, () => sending, intake);
    await waitUntil('a first few intakes', async () => completed >= 20, 60_000, 50);
    const apiPid = api.child.pid;
    await system.stopPostgres();
    const down = Date.now();
    const ready = await send(api.base, 'GET', '/api/health/ready', null);
    await pause(3000); // the outage: the load keeps sending and retrying meanwhile
    const completedBefore = completed;
    await system.startPostgres();
    const up = Date.now();
    const outageSeconds = (up - down) / 1000;
    await waitUntil('intakes to complete again', async () => completed >= completedBefore + 20, 60_000, 50);
    const recoverySeconds = secondsSince(up);
    sending = false;
    const results = await load;

    const statuses = results.flatMap((r) => r.statuses);
    const unavailable = statuses.filter((s) => s === 503).length;
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(unavailable).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.retryAfter).filter((h) => h !== '5')).toEqual([]);
    expect(ready.status).toBe(503);
    expect(isRunning(api.child)).toBe(true);
    expect(api.child.pid).toBe(apiPid);

    // Every 201 is a whole case: its number, petitioner, clock, history, audit row and event.
    const ids = results.map((r) => r.caseId);
    const whole = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM petition_case c WHERE c.id = ANY($1::uuid[]) AND c.case_no IS NOT NULL
         AND EXISTS (SELECT 1 FROM case_petitioner p WHERE p.case_id = c.id AND p.role = 'PRIMARY')
         AND EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id)
         AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'REGISTER')
         AND (SELECT count(*) FROM audit_log a WHERE a.entity_id = c.id::text AND a.action = 'case.register') = 1
         AND (SELECT count(*) FROM outbox_event o WHERE o.aggregate_id = c.id::text AND o.event_type = 'case.registered') = 1`,
      [ids],
    );
    expect(whole.n).toBe(results.length);
    // Nothing else: no case, petitioner, audit row or event without its other half, and no gap in the case numbers.
    const counts = await one<{ cases: number; people: number; lonely: number; audits: number; events: number; seqs: number; top: number }>(
      `SELECT (SELECT count(*)::int FROM petition_case) AS cases,
              (SELECT count(*)::int FROM petitioner WHERE name LIKE '重启负载%') AS people,
              (SELECT count(*)::int FROM petitioner p WHERE name LIKE '重启负载%' AND NOT EXISTS (SELECT 1 FROM case_petitioner cp WHERE cp.petitioner_id = p.id)) AS lonely,
              (SELECT count(*)::int FROM audit_log a WHERE a.action = 'case.register' AND NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.id::text = a.entity_id)) AS audits,
              (SELECT count(*)::int FROM outbox_event o WHERE o.aggregate_type = 'petition_case' AND NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.id::text = o.aggregate_id)) AS events,
              (SELECT count(DISTINCT case_seq)::int FROM petition_case) AS seqs,
              (SELECT max(case_seq)::int FROM petition_case) AS top`,
    );
    expect(counts).toEqual({ cases: results.length, people: results.length, lonely: 0, audits: 0, events: 0, seqs: results.length, top: results.length });
    // The worker rode it out too: every event written is delivered.
    await waitUntil(
      'every event to be delivered',
      async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE delivered_at IS NULL')).n === 0,
      90_000,
      250,
    );
    expect(isRunning(worker.child)).toBe(true);
    console.log(
      `[faults] postgres restart: down for ${outageSeconds} s (stop to start), ${unavailable} answers 503 (all with Retry-After: 5), ` +
        `0 other errors; ${results.length} intakes complete, the 20 after the restart within ${recoverySeconds} s; no orphans, case numbers 1…${counts.top} without a gap`,
    );
  });
});
