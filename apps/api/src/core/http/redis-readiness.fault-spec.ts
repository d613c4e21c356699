import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getFreePort } from '../../../../../tools/services/ports.cjs';
import { type RunningRedis, startRedis } from '../../../../../tools/services/redis.cjs';
import { useFaultServices } from '../../../test/fault-services';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';

/** Readiness with the API's Redis stopped and restarted (a fault spec: the faults tier runs it). */
describe('HTTP app readiness when Redis stops and returns (in-process API, its own Redis)', () => {
  let services: { stop: () => Promise<void> };
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: RunningRedis;
  let app: NestExpressApplication;

  beforeAll(async () => {
    services = await useFaultServices();
    ({ db, dataSource } = await createSeededDataSource('int-test-password'));
    redis = await startRedis({ port: await getFreePort() });
    app = await createTestApp(db.url, redis.url);
  });

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await dataSource?.destroy();
    await db?.drop();
    await services?.stop();
  });

  it('answers ready with both dependencies up, then 503 naming Redis when it stops', async () => {
    const up = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(up.body.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });

    await redis.stop();
    const down = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
    expect(down.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(down.body.details.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'down' } });
    expect(down.body.requestId).toEqual(down.headers['x-request-id']);

    redis = await startRedis({ port: redis.port });
    // Ready again once its Redis client has reconnected: wait for that, not for a fixed time.
    const ready = async (): Promise<boolean> => (await request(app.getHttpServer()).get('/api/health/ready')).status === 200;
    expect(await waitUntil(ready, 20_000)).toBe(true);
  });
});
