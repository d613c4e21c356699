import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';

/** Readiness with Redis stopped and restarted: redis-readiness.fault-spec.ts (faults tier). */
describe('HTTP app: readiness, errors and limits (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource('int-test-password'));
    app = await createTestApp(db.url, testRedisUrl());
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('answers ready with both dependencies up', async () => {
    const up = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(up.body.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('echoes a well-formed caller request id and replaces a malformed one', async () => {
    const ok = await request(app.getHttpServer()).get('/api/nothing-here').set('X-Request-Id', 'abc12345-trace').expect(404);
    expect(ok.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: 'abc12345-trace' });
    const bad = await request(app.getHttpServer()).get('/api/nothing-here').set('X-Request-Id', 'x y').expect(404);
    expect(bad.body.requestId).not.toBe('x y');
  });

  it('answers 400 MALFORMED_JSON for a broken body', async () => {
    const res = await request(app.getHttpServer()).post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": ').expect(400);
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
    const login = await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'Township', password: 'int-test-password' }).expect(200);
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
