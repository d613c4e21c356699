import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { countOf, registerUnit, startOutboxWorker } from '../../../test/outbox-test-kit';
import { createMigratedDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import { DELIVERY_LOG_CONSUMER } from '../../worker/worker.module';
import { EventDispatcherService } from './event-dispatcher.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

/** Delivery across a Redis outage: outbox-redis-outage.fault-spec.ts (faults tier). */
describe('transactional outbox → BullMQ (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let worker: INestApplicationContext;

  const count = (sql: string): Promise<number> => countOf(dataSource, sql);

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    ({ worker } = await startOutboxWorker(db.url, testRedisUrl()));
  });

  afterAll(async () => {
    await worker.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('processes a redelivered event once per consumer', async () => {
    await registerUnit(worker, dataSource, 0);
    expect(await waitUntil(async () => (await count('SELECT count(*) AS n FROM event_receipt')) === 1, 30_000)).toBe(true);
    const dispatcher = worker.get(EventDispatcherService);
    const [row] = await dataSource.query('SELECT id FROM outbox_event ORDER BY id LIMIT 1');
    const event = { eventId: String(row.id), eventType: 'org.unit_created', aggregateType: 'org_unit', aggregateId: 'x' };
    await expect(dispatcher.dispatch(event)).resolves.toEqual([]);
    const receipts: { consumer: string; n: number }[] = await dataSource.query('SELECT consumer, count(*)::int AS n FROM event_receipt GROUP BY consumer');
    expect(receipts).toEqual([{ consumer: DELIVERY_LOG_CONSUMER, n: 1 }]);
  });

  it('refuses to record an event outside a transaction', async () => {
    const outbox = worker.get(OutboxService);
    await expect(outbox.record(dataSource.manager, { eventType: 'x', aggregateType: 'y', aggregateId: 'z' })).rejects.toThrow(/inside a transaction/);
  });

  it('drains nothing when nothing is pending', async () => {
    expect(await waitUntil(async () => (await count('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')) === 0, 30_000)).toBe(true);
    await expect(worker.get(OutboxRelayService).relayOnce()).resolves.toBe(0);
  });
});
