import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { getFreePort } from '../../../../../tools/services/ports.cjs';
import { type RunningRedis, startRedis } from '../../../../../tools/services/redis.cjs';
import { createTestApp } from '../../testing/test-app';
import { createSeededDataSource, type TestDatabase } from '../../testing/test-database';

describe('HTTP app: readiness, errors and limits (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: RunningRedis;
  let app: NestExpressApplication;

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource('int-test-password'));
    redis = await startRedis({ port: await getFreePort() });
    app = await createTestApp(db.url, redis.url);
  });

  afterAll(async () => {
    await app.close();
    await redis.stop();
    await dataSource.destroy();
    await db.drop();
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
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline && (status = (await request(app.getHttpServer()).get('/api/health/ready')).status) !== 200) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });

  it('echoes a well-formed caller request id and replaces a malformed one', async () => {
    const ok = await request(app.getHttpServer()).get('/api/nothing-here').set('X-Request-Id', 'abc12345-trace').expect(404);
    expect(ok.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: 'abc12345-trace' });
    const bad = await request(app.getHttpServer()).get('/api/nothing-here').set('X-Request-Id', 'x y').expect(404);
    expect(bad.body.requestId).not.toBe('x y');
  });

  it('answers 400 MALFORMED_JSON for a broken body', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('answers 400 for JSON nested thousands of levels deep, on a route that needs no login', async () => {
    const deep = `{"username": ${'['.repeat(3000)}${']'.repeat(3000)}, "password": "x"}`;
    const res = await request(app.getHttpServer()).post('/api/auth/login').set('Content-Type', 'application/json').send(deep).expect(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_JSON', message: expect.stringContaining('嵌套层数过多') });
    const deepObject = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    await request(app.getHttpServer()).post('/api/public/cases/lookup').set('Content-Type', 'application/json').send(deepObject).expect(400);
  });

  it('answers 401 without a token and the user with one', async () => {
    await request(app.getHttpServer()).get('/api/auth/me').expect(401);
    const login = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'Township', password: 'int-test-password' })
      .expect(200);
    const me = await request(app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username: 'township', role: 'TOWNSHIP_OFFICER', orgUnitName: '巨鹿镇' });
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const wrong = await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'admin', password: 'nope' }).expect(401);
    const unknown = await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'ghost', password: 'nope' }).expect(401);
    expect(wrong.body.message).toBe('用户名或密码错误');
    expect(unknown.body.message).toBe(wrong.body.message);
  });
});
