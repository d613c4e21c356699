import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type RunningRedis, startRedis } from '../../../../../tools/services/redis.cjs';
import { createTestApp } from '../../../test/test-app';
import { createMigratedDataSource, type TestDatabase } from '../../../test/test-database';
import { createWorkerConnection } from './redis-connection';

/** The launcher's redis-server has a generated password; REDIS_URL carries it to every connection. */
describe('Redis with a password, end to end (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: RunningRedis;
  let app: NestExpressApplication;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    redis = await startRedis({ password: randomBytes(24).toString('base64url') });
    app = await createTestApp(db.url, redis.url);
  });

  afterAll(async () => {
    await app.close();
    await redis.stop();
    await dataSource.destroy();
    await db.drop();
  });

  it('refuses a client without the password', async () => {
    const anonymous = new Redis({ port: redis.port, host: '127.0.0.1', maxRetriesPerRequest: 0, lazyConnect: true });
    anonymous.on('error', () => undefined);
    try {
      await expect(anonymous.ping()).rejects.toThrow(/NOAUTH/);
    } finally {
      anonymous.disconnect();
    }
  });

  it('reaches it from the API (readiness) and from BullMQ with the URL alone', async () => {
    expect(redis.url).toMatch(/^redis:\/\/:[\w-]+@127\.0\.0\.1:\d+$/);
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(ready.body.checks).toMatchObject({ redis: { status: 'up' } });
    const connection = createWorkerConnection(redis.url, 'redis-password-test');
    const queue = new Queue('redis-password-test', { connection });
    try {
      await queue.add('probe', { ok: true }, { jobId: 'probe-1' });
      expect((await queue.getJob('probe-1'))?.data).toEqual({ ok: true });
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
