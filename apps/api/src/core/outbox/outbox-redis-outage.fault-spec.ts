import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { getFreePort } from '../../../../../tools/services/ports.cjs';
import { type RunningRedis, startRedis } from '../../../../../tools/services/redis.cjs';
import { useFaultServices } from '../../../test/fault-services';
import { countOf, registerUnit, startOutboxWorker } from '../../../test/outbox-test-kit';
import { createMigratedDataSource, type TestDatabase } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import { DELIVERY_LOG_CONSUMER } from '../../worker/worker.module';
import { QUEUES } from '../queue/queue.constants';

const EVENTS = 20;

/** The outbox with its Redis stopped and restarted (a fault spec: the faults tier runs it). */
describe('transactional outbox → BullMQ across a Redis outage (in-process worker, its own Redis)', () => {
  let services: { stop: () => Promise<void> };
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: RunningRedis;
  let redisPort: number;
  let worker: INestApplicationContext;
  let prefix: string;

  const count = (sql: string): Promise<number> => countOf(dataSource, sql);

  beforeAll(async () => {
    services = await useFaultServices();
    ({ db, dataSource } = await createMigratedDataSource());
    redisPort = await getFreePort();
    redis = await startRedis({ port: redisPort });
    ({ worker, prefix } = await startOutboxWorker(db.url, redis.url));
  });

  afterAll(async () => {
    await worker?.close();
    await redis?.stop();
    await dataSource?.destroy();
    await db?.drop();
    await services?.stop();
  });

  it('keeps accepting writes while Redis is down and delivers every event exactly once when it returns', async () => {
    await redis.stop();
    for (let i = 0; i < EVENTS; i++) await registerUnit(worker, dataSource, i);
    expect(await count(`SELECT count(*) AS n FROM org_unit WHERE name LIKE '测试村%'`)).toBe(EVENTS);

    // The relay keeps trying while Redis is away (every 2 s once it has failed); nothing is published or lost.
    expect(await waitUntil(async () => (await count('SELECT count(*) AS n FROM outbox_event WHERE publish_attempts > 0')) > 0, 15_000)).toBe(true);
    expect(await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')).toBe(EVENTS);

    redis = await startRedis({ port: redisPort });
    expect(await waitUntil(async () => (await count('SELECT count(*) AS n FROM event_receipt')) === EVENTS, 30_000)).toBe(true);
    expect(await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')).toBe(0);

    const queue = new Queue(QUEUES.outbox, { connection: { host: '127.0.0.1', port: redisPort }, prefix });
    try {
      expect(await waitUntil(async () => (await queue.getJobCounts('completed')).completed === EVENTS, 30_000)).toBe(true);
      const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
      const ids = jobs.map((j) => j.id);
      expect(new Set(ids).size).toBe(EVENTS);
      const rows: { id: string }[] = await dataSource.query('SELECT id FROM outbox_event ORDER BY id');
      expect(ids.sort()).toEqual(rows.map((r) => `outbox-${r.id}`).sort());

      // A relay that enqueued but crashed before stamping re-sends the same rows: no new jobs.
      await dataSource.query('UPDATE outbox_event SET published_at = NULL WHERE id IN (SELECT id FROM outbox_event ORDER BY id LIMIT 5)');
      expect(await waitUntil(async () => (await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')) === 0, 30_000)).toBe(true);
      // The relay adds before it stamps: any job it added is in the queue by now. Wait until none is
      // pending, then the totals show whether a re-sent row added a job.
      const drained = async (): Promise<boolean> => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed');
        return c['waiting'] + c['active'] + c['delayed'] === 0;
      };
      expect(await waitUntil(drained, 30_000)).toBe(true);
      const after = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');
      expect(after).toEqual({ completed: EVENTS, waiting: 0, active: 0, delayed: 0, failed: 0 });
    } finally {
      await queue.close();
    }
    const receipts: { consumer: string; n: number }[] = await dataSource.query('SELECT consumer, count(*)::int AS n FROM event_receipt GROUP BY consumer');
    expect(receipts).toEqual([{ consumer: DELIVERY_LOG_CONSUMER, n: EVENTS }]);
  });
});
