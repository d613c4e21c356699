import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';
import { UNKNOWN_USERNAME } from './auth.service';

const PASSWORD = 'int-test-password-1';

/** Client addresses come from X-Forwarded-For: the test client is a proxy on loopback (TRUST_PROXY's default). */
describe('login throttling: atomic, per address and username (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  const login = (username: string, password: string, from: string): request.Test =>
    request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const failedAudits = async (username: string): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = $1`, [username]))[0].n;

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    app = await createTestApp(db.url, testRedisUrl(), { LOGIN_CLIENT_MAX_FAILURES: '12', LOGIN_USER_MAX_FAILURES: '20' });
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('checks at most five passwords of ten sent in parallel; every 429 says when to retry', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => login('handler', 'wrong-password', '198.51.100.10')));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429, 429]);
    expect(await failedAudits('handler')).toBe(5);
    for (const locked of answers.filter((a) => a.status === 429)) expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    await login('handler', PASSWORD, '198.51.100.10').expect(429);
  });

  it('does not let an outsider at another address lock a user out', async () => {
    for (let i = 0; i < 8; i++) await login('admin', 'guessing', '203.0.113.66');
    await login('admin', PASSWORD, '203.0.113.66').expect(429);
    await login('admin', PASSWORD, '198.51.100.20').expect(200);
  });

  it('slows password spraying: one address has one budget across usernames', async () => {
    for (let i = 0; i < 11; i++) await login(`spray-${i}`, 'Password1', '203.0.113.77').expect(401);
    const last = await login('spray-11', 'Password1', '203.0.113.77').expect(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    await login('supervisor', PASSWORD, '203.0.113.77').expect(429);
    await login('supervisor', PASSWORD, '198.51.100.30').expect(200);
  });

  it('stops a guess spread over many addresses at the per-username ceiling', async () => {
    for (let i = 0; i < 20; i++) await login('township', 'guessing', `192.0.2.${i + 1}`);
    const locked = await login('township', PASSWORD, '198.51.100.40').expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a right password ends the run of failures of its address', async () => {
    for (let i = 0; i < 4; i++) await login('reception', 'typo', '198.51.100.50').expect(401);
    await login('reception', PASSWORD, '198.51.100.50').expect(200);
    for (let i = 0; i < 4; i++) await login('reception', 'typo', '198.51.100.50').expect(401);
  });

  it('keeps a mistyped password out of the audit log: an unknown username is stored as a placeholder', async () => {
    await login('Correct-Horse-42', 'whatever', '198.51.100.60').expect(401);
    const rows: { actor_username: string }[] = await dataSource.query(`SELECT actor_username FROM audit_log WHERE action = 'auth.login_failed'`);
    expect(rows.map((r) => r.actor_username)).not.toContain('correct-horse-42');
    expect(rows.map((r) => r.actor_username)).toContain(UNKNOWN_USERNAME);
    const counters: { key: string }[] = await dataSource.query('SELECT key FROM rate_limit_counter');
    expect(counters.some((c) => c.key.includes('correct-horse'))).toBe(false);
  });
});
