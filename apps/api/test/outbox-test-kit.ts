import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/core/config/app-config';
import { OutboxService } from '../src/core/outbox/outbox.service';
import { WorkerModule } from '../src/worker/worker.module';
import { testSecrets } from './test-config';
import { uniquePrefix } from './test-database';

/** The worker (outbox relay and consumers) in-process, on its own queue prefix, polling every 100 ms. */
export async function startOutboxWorker(databaseUrl: string, redisUrl: string): Promise<{ worker: INestApplicationContext; prefix: string }> {
  const prefix = uniquePrefix();
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...testSecrets(),
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: prefix,
    OUTBOX_POLL_INTERVAL_MS: '100',
  });
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  return { worker, prefix };
}

/** One use case = one transaction: a domain row (a village 测试村<i>) and its event commit together. */
export async function registerUnit(worker: INestApplicationContext, dataSource: DataSource, i: number): Promise<void> {
  const outbox = worker.get(OutboxService);
  await dataSource.transaction(async (manager) => {
    const [{ id }] = await manager.query(`INSERT INTO org_unit (name, type) VALUES ($1, 'VILLAGE') RETURNING id`, [`测试村${i}`]);
    await outbox.record(manager, { eventType: 'org.unit_created', aggregateType: 'org_unit', aggregateId: id });
  });
}

/** The number in column `n` of the first row of `sql`. */
export async function countOf(dataSource: DataSource, sql: string): Promise<number> {
  return Number((await dataSource.query(sql))[0].n);
}
