import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';
import { runAsOwner } from '../../core/database/row-security';

const PASSWORD = 'int-test-password-1';

describe('sessions: refresh rotation, logout, lockout, password change (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  const http = (): ReturnType<typeof request> => request(app.getHttpServer());
  const login = (username: string, password = PASSWORD): request.Test => http().post('/api/auth/login').send({ username, password });

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    app = await createTestApp(db.url, testRedisUrl(), { LOGIN_LOCK_MINUTES: '2' });
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('rotates refresh tokens and treats reuse of a rotated one as theft (the family is revoked)', async () => {
    const first = (await login('reception').expect(200)).body;
    expect(first.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]{40,}$/);
    const second = (await http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);

    await http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await http().post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('refuses a refresh token after logout, and a forged one', async () => {
    const { refreshToken } = (await login('supervisor').expect(200)).body;
    await http().post('/api/auth/logout').send({ refreshToken }).expect(204);
    await http().post('/api/auth/logout').send({ refreshToken }).expect(204);
    const refused = await http().post('/api/auth/refresh').send({ refreshToken }).expect(401);
    expect(refused.body.message).toBe('登录已失效，请重新登录');
    await http()
      .post('/api/auth/refresh')
      .send({ refreshToken: `${refreshToken.split('.')[0]}.forged-secret-value` })
      .expect(401);
    await http().post('/api/auth/refresh').send({ refreshToken: 'not-a-token-at-all' }).expect(401);
  });

  it('locks a username (from this address) after five wrong passwords: 429 with Retry-After, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) await login('handler', 'wrong-password').expect(401);
    const fifth = await login('handler', 'wrong-password').expect(429);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(60);
    expect(fifth.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const locked = await login('handler').expect(429);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(120);
    await login('township').expect(200);

    await dataSource.query(`UPDATE rate_limit_counter SET window_ends_at = now() - interval '1 second' WHERE key LIKE 'login-%'`);
    await login('handler').expect(200);
  });

  it('locks an unknown username the same way, so answers never reveal which names exist', async () => {
    for (let i = 1; i <= 4; i++) await login('nobody-here', 'x').expect(401);
    await login('nobody-here', 'x').expect(429);
  });

  it('refuses a disabled user at login and on every token they still hold', async () => {
    const { accessToken, refreshToken } = (await login('admin').expect(200)).body;
    await dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE username = 'admin'`);
    try {
      await login('admin').expect(401);
      await http().get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
      await http().post('/api/auth/refresh').send({ refreshToken }).expect(401);
    } finally {
      await dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE username = 'admin'`);
    }
  });

  it('changes a password under the policy and ends the other sessions, their access tokens at once', async () => {
    const other = (await login('township').expect(200)).body;
    const { accessToken, refreshToken } = (await login('township').expect(200)).body;
    const auth = { Authorization: `Bearer ${accessToken}` };
    const wrong = await http().put('/api/auth/password').set(auth).send({ currentPassword: 'nope', newPassword: 'abc' }).expect(400);
    expect(wrong.body.message).toBe('当前密码不正确');
    const weak = await http().put('/api/auth/password').set(auth).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
    expect(weak.body.message).toContain('至少 10 个字符');
    await http().put('/api/auth/password').set(auth).send({ currentPassword: PASSWORD, newPassword: 'Julu-duty-2026' }).expect(204);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${other.accessToken}`).expect(401);
    await http().post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
    await http().get('/api/auth/me').set(auth).expect(200);
    await http().post('/api/auth/refresh').send({ refreshToken }).expect(200);
    await login('township').expect(401);
    await login('township', 'Julu-duty-2026').expect(200);
  });

  it('refuses an access token as soon as its session ends: logout, or a reused refresh token', async () => {
    const first = (await login('supervisor').expect(200)).body;
    await http().post('/api/auth/logout').send({ refreshToken: first.refreshToken }).expect(204);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${first.accessToken}`).expect(401);

    const stolen = (await login('supervisor').expect(200)).body;
    const rotated = (await http().post('/api/auth/refresh').send({ refreshToken: stolen.refreshToken }).expect(200)).body;
    await http().get('/api/auth/me').set('Authorization', `Bearer ${rotated.accessToken}`).expect(200);
    await http().post('/api/auth/refresh').send({ refreshToken: stolen.refreshToken }).expect(401);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${rotated.accessToken}`).expect(401);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${stolen.accessToken}`).expect(401);
  });

  it('audits logins, failures, logouts and password changes with the request id', async () => {
    const rows: { action: string; actor_username: string; request_id: string | null }[] = await dataSource.query(
      `SELECT action, actor_username, request_id FROM audit_log ORDER BY id`,
    );
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual(['auth.login', 'auth.login_failed', 'auth.logout', 'auth.refresh_reused', 'user.password_change']);
    expect(rows.every((r) => r.request_id && r.request_id.length >= 8)).toBe(true);
    expect(rows.find((r) => r.action === 'user.password_change')?.actor_username).toBe('township');
  });

  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'tampered'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('refuses %s on audit rows in the database itself, even to the owner', async (_, sql) => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM audit_log');
    await expect(runAsOwner(() => dataSource.query(sql))).rejects.toThrow(/append-only/);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
  });
});
