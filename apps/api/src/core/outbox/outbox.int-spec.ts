import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { getFreePort } from '../../../../../tools/services/ports.cjs';
import { type RunningRedis, startRedis } from '../../../../../tools/services/redis.cjs';
import { testSecrets } from '../../testing/test-config';
import { createMigratedDataSource, type TestDatabase, uniquePrefix } from '../../testing/test-database';
import { DELIVERY_LOG_CONSUMER, WorkerModule } from '../../worker/worker.module';
import { loadConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.constants';
import { EventDispatcherService } from './event-dispatcher.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

const EVENTS = 20;

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('transactional outbox → BullMQ (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: RunningRedis;
  let redisPort: number;
  let worker: INestApplicationContext;
  let prefix: string;

  const count = async (sql: string): Promise<number> => Number((await dataSource.query(sql))[0].n);

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    redisPort = await getFreePort();
    redis = await startRedis({ port: redisPort });
    prefix = uniquePrefix();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      ...testSecrets(),
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_INTERVAL_MS: '100',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await redis.stop();
    await dataSource.destroy();
    await db.drop();
  });

  /** One use case = one transaction: a domain row and its event commit together. */
  async function registerUnit(i: number): Promise<void> {
    const outbox = worker.get(OutboxService);
    await dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO org_unit (name, type) VALUES ($1, 'VILLAGE') RETURNING id`,
        [`测试村${i}`],
      );
      await outbox.record(manager, { eventType: 'org.unit_created', aggregateType: 'org_unit', aggregateId: id });
    });
  }

  it('keeps accepting writes while Redis is down and delivers every event exactly once when it returns', async () => {
    await redis.stop();
    for (let i = 0; i < EVENTS; i++) await registerUnit(i);
    expect(await count(`SELECT count(*) AS n FROM org_unit WHERE name LIKE '测试村%'`)).toBe(EVENTS);

    // The relay keeps trying while Redis is away (every 2 s once it has failed); nothing is published or lost.
    await waitFor(async () => (await count('SELECT count(*) AS n FROM outbox_event WHERE publish_attempts > 0')) > 0, 15000);
    expect(await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')).toBe(EVENTS);

    redis = await startRedis({ port: redisPort });
    await waitFor(async () => (await count('SELECT count(*) AS n FROM event_receipt')) === EVENTS);
    expect(await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')).toBe(0);

    const queue = new Queue(QUEUES.outbox, { connection: { host: '127.0.0.1', port: redisPort }, prefix });
    try {
      await waitFor(async () => (await queue.getJobCounts('completed')).completed === EVENTS);
      const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
      const ids = jobs.map((j) => j.id);
      expect(new Set(ids).size).toBe(EVENTS);
      const rows: { id: string }[] = await dataSource.query('SELECT id FROM outbox_event ORDER BY id');
      expect(ids.sort()).toEqual(rows.map((r) => `outbox-${r.id}`).sort());

      // A relay that enqueued but crashed before stamping re-sends the same rows: no new jobs.
      await dataSource.query('UPDATE outbox_event SET published_at = NULL WHERE id IN (SELECT id FROM outbox_event ORDER BY id LIMIT 5)');
      await waitFor(async () => (await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')) === 0);
      // The relay adds before it stamps: any job it added is in the queue by now. Wait until none is
      // pending, then the totals show whether a re-sent row added a job.
      await waitFor(async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed');
        return c['waiting'] + c['active'] + c['delayed'] === 0;
      });
      const after = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');
      expect(after).toEqual({ completed: EVENTS, waiting: 0, active: 0, delayed: 0, failed: 0 });
    } finally {
      await queue.close();
    }
    const receipts: { consumer: string; n: number }[] = await dataSource.query(
      'SELECT consumer, count(*)::int AS n FROM event_receipt GROUP BY consumer',
    );
    expect(receipts).toEqual([{ consumer: DELIVERY_LOG_CONSUMER, n: EVENTS }]);
  });

  it('processes a redelivered event once per consumer', async () => {
    const dispatcher = worker.get(EventDispatcherService);
    const [row] = await dataSource.query('SELECT id FROM outbox_event ORDER BY id LIMIT 1');
    const event = { eventId: String(row.id), eventType: 'org.unit_created', aggregateType: 'org_unit', aggregateId: 'x' };
    await expect(dispatcher.dispatch(event)).resolves.toEqual([]);
  });

  it('refuses to record an event outside a transaction', async () => {
    const outbox = worker.get(OutboxService);
    await expect(
      outbox.record(dataSource.manager, { eventType: 'x', aggregateType: 'y', aggregateId: 'z' }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('drains nothing when nothing is pending', async () => {
    await expect(worker.get(OutboxRelayService).relayOnce()).resolves.toBe(0);
  });
});
