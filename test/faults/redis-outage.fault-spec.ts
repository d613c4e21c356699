import { Redis } from 'ioredis';
import { type ApiProcess, FaultSystem } from './support/fault-system';
import { caseBody, createPetitioner, keepSending, login, send, townshipId } from './support/intake';
import { pause, secondsSince, waitUntil } from './support/wait';

const CONCURRENCY = 4;
const OUTAGE_MS = 10_000;
const MIN_INTAKES_DURING_OUTAGE = 200;

/** Redis killed under intake load: every registration still answers 201, every event arrives later. */
describe('Redis down for ten seconds under intake load (built API and worker)', () => {
  let system: FaultSystem;
  let api: ApiProcess;

  beforeAll(async () => {
    system = await FaultSystem.start('redis-outage');
    api = await system.startApi();
    await system.workerReady(system.startWorker());
  });

  afterAll(() => system?.stop());

  const one = async <T>(query: string, params: unknown[] = []): Promise<T> => (await system.sql.query(query, params)).rows[0] as T;

  it('no intake fails while Redis is away; afterwards every outbox event is relayed, delivered once and counted', async () => {
    const token = await login(api.base, 'reception');
    const adminToken = await login(api.base, 'admin');
    const township = await townshipId(system.sql);
    const petitionerId = await createPetitioner(api.base, token, '负载信访人', township);
    // The relay is running before the outage: the first registration's event is delivered.
    const warmUp = await send(api.base, 'POST', '/api/cases', token, caseBody('停机前登记', township, petitionerId), 'redis-outage-warm-up');
    expect(warmUp.status).toBe(201);
    await waitUntil(
      'the first event to be delivered',
      async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM event_receipt WHERE consumer = 'delivery-log'`)).n > 0,
    );

    let phase: 'before' | 'down' | 'after' = 'before';
    let sending = true;
    const load = keepSending(
      CONCURRENCY,
      () => sending,
      async (n) => {
        const at = phase;
        const reply = await send(api.base, 'POST', '/api/cases', token, caseBody(`负载登记${n}`, township, petitionerId), `redis-outage-${n}`);
        return { at, status: reply.status, body: reply.body };
      },
    );
    await pause(500);
    await system.killRedis();
    phase = 'down';
    const down = Date.now();
    const readyWhileDown = await send(api.base, 'GET', '/api/health/ready', null);
    // An administrator's "recompute now" saves its marks and answers; the worker's tick runs them later.
    const recomputeWhileDown = await send(api.base, 'POST', '/api/indicators/recompute', adminToken, {});
    // At least ten seconds and enough intakes to mean something, whichever comes later.
    await waitUntil(
      'the outage to have lasted',
      async () => Date.now() - down >= OUTAGE_MS && (await one<{ n: number }>('SELECT count(*)::int AS n FROM petition_case')).n > MIN_INTAKES_DURING_OUTAGE,
      60_000,
      250,
    );
    await system.startRedis();
    const outageSeconds = secondsSince(down);
    phase = 'after';
    await pause(500);
    sending = false;
    const results = await load;

    const during = results.filter((r) => r.at === 'down');
    const failures = results.filter((r) => r.status !== 201);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(during.length).toBeGreaterThanOrEqual(MIN_INTAKES_DURING_OUTAGE);
    expect(recomputeWhileDown.status).toBe(202);
    expect(readyWhileDown.status).toBe(503); // readiness names Redis as down; intake goes on regardless
    expect(readyWhileDown.body).toMatchObject({ details: { checks: { database: { status: 'up' }, redis: { status: 'down' } } } });

    const registered = results.length + 1;
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM petition_case')).n).toBe(registered);
    const restarted = Date.now();
    await waitUntil(
      'every outbox event to be relayed',
      async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL')).n === 0,
      120_000,
      250,
    );
    const relayedSeconds = secondsSince(restarted);
    const events = (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event')).n;
    // Delivered: every consumer has run it — including events whose jobs the empty Redis had lost.
    await waitUntil(
      'every event to be delivered',
      async () => (await one<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE delivered_at IS NULL')).n === 0,
      120_000,
      250,
    );
    const deliveredSeconds = secondsSince(restarted);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM event_receipt WHERE consumer = 'delivery-log'`)).n).toBe(events);
    // Each case.registered event was handed to the indicator marker exactly once (receipts are unique per consumer and event).
    const marked = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM event_receipt r JOIN outbox_event e ON e.id = r.event_id WHERE r.consumer = 'indicator-marker' AND e.event_type = 'case.registered'`,
    );
    expect(marked.n).toBe(registered);
    // …and the county's snapshot for this year counts every case (the repeat rate's denominator is every registration).
    const counted = await waitUntil(
      'the county snapshot to count every case',
      async () => {
        const row = await one<{ denominator: string } | undefined>(
          `SELECT s.denominator FROM indicator_snapshot s JOIN org_unit o ON o.id = s.org_unit_id AND o.type = 'COUNTY'
         WHERE s.indicator_code = 'REPEAT_RATE' AND s.period_key = to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY')`,
        );
        return row && Number(row.denominator) === registered && Number(row.denominator);
      },
      120_000,
      500,
    );
    expect(counted).toBe(registered);
    // The empty Redis lost the worker's recurring jobs too; the worker schedules them again on reconnect.
    const redis = new Redis(`redis://127.0.0.1:${system.redisPort}`);
    try {
      const schedulers = await waitUntil(
        'the recurring jobs to be scheduled again',
        async () => {
          const keys = ['indicators', 'deadlines', 'duty', 'hotspots', 'exports'].map((queue) => `julu:${queue}:repeat`);
          const ids = (await Promise.all(keys.map((key) => redis.zrange(key, 0, -1)))).flat();
          return ids.length >= 7 && ids;
        },
        60_000,
        250,
      );
      expect(schedulers).toEqual(expect.arrayContaining(['indicators-tick', 'indicators-nightly', 'deadline-sweep']));
    } finally {
      redis.disconnect();
    }
    console.log(
      `[faults] redis outage: ${outageSeconds} s down, ${during.length} intakes during it (${results.length} in the load), all 201; ` +
        `${events} events all relayed ${relayedSeconds} s and delivered ${deliveredSeconds} s after Redis returned; snapshot counts ${counted} cases`,
    );
  });
});
