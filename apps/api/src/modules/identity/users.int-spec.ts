import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';

const PASSWORD = 'users-test-password-1';

describe('user administration (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  let admin: Record<string, string>;
  const unitId = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    app = await createTestApp(db.url, testRedisUrl());
    const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'admin', password: PASSWORD });
    admin = { Authorization: `Bearer ${res.body.accessToken}` };
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('creates a township officer bound to a township, audits it, and the new user can log in', async () => {
    const orgUnitId = await unitId('王虎寨镇');
    const res = await request(app.getHttpServer())
      .post('/api/users')
      .set(admin)
      .send({ username: 'WangHZ', password: 'Wanghuzhai-2026', displayName: '王虎寨镇 张干事', role: 'TOWNSHIP_OFFICER', orgUnitId })
      .expect(201);
    expect(res.body).toMatchObject({ username: 'wanghz', role: 'TOWNSHIP_OFFICER', orgUnitName: '王虎寨镇', disabled: false });
    expect(res.body).not.toHaveProperty('passwordHash');
    const audit = await dataSource.query(`SELECT actor_username, changes FROM audit_log WHERE action = 'user.create'`);
    expect(audit).toEqual([{ actor_username: 'admin', changes: expect.objectContaining({ username: { after: 'wanghz' } }) }]);
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'wanghz', password: 'Wanghuzhai-2026' }).expect(200);
  });

  it.each([
    [{ role: 'TOWNSHIP_OFFICER' }, '须指定所属乡镇'],
    [{ role: 'HANDLER' }, '须指定所属县直单位'],
    [{ role: 'HANDLER', unit: '巨鹿镇' }, '不能作为该角色的所属单位'],
    [{ role: 'TOWNSHIP_OFFICER', unit: '县公安局' }, '不能作为该角色的所属单位'],
    [{ role: 'RECEPTION', password: 'short' }, '至少 10 个字符'],
  ])('refuses %p with a message that says why', async (spec: { role: string; unit?: string; password?: string }, message) => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM app_user');
    const res = await request(app.getHttpServer())
      .post('/api/users')
      .set(admin)
      .send({
        username: 'newperson',
        password: spec.password ?? 'Julu-county-2026',
        displayName: '新用户',
        role: spec.role,
        ...(spec.unit ? { orgUnitId: await unitId(spec.unit) } : {}),
      })
      .expect(400);
    expect(res.body.message).toContain(message);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
  });

  it('answers 409 for a username that exists, whatever its case', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/users')
      .set(admin)
      .send({ username: 'Reception', password: 'Another-pass-123', displayName: '重复', role: 'RECEPTION' })
      .expect(409);
    expect(res.body.message).toContain('已存在');
  });

  it('marks a handler as the head of their unit (who approves extensions), audited', async () => {
    const list = (await request(app.getHttpServer()).get('/api/users?limit=50').set(admin).expect(200)).body;
    const handler = list.items.find((u: { username: string }) => u.username === 'handler');
    expect(handler.unitHead).toBe(false);
    const res = await request(app.getHttpServer()).patch(`/api/users/${handler.id}`).set(admin).send({ unitHead: true }).expect(200);
    expect(res.body.unitHead).toBe(true);
    const audit = await dataSource.query(`SELECT changes FROM audit_log WHERE action = 'user.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [handler.id]);
    expect(audit[0].changes).toEqual({ unitHead: { before: false, after: true } });
    await request(app.getHttpServer()).patch(`/api/users/${handler.id}`).set(admin).send({ unitHead: false }).expect(200);
  });

  it('lists users a page at a time with a stable cursor', async () => {
    const first = (await request(app.getHttpServer()).get('/api/users?limit=4').set(admin).expect(200)).body;
    expect(first.items).toHaveLength(4);
    const second = (await request(app.getHttpServer()).get(`/api/users?limit=4&after=${first.nextCursor}`).set(admin).expect(200)).body;
    const all = [...first.items, ...second.items].map((u: { username: string }) => u.username);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(7);
    expect(second.nextCursor).toBeNull();
    await request(app.getHttpServer()).get('/api/users?limit=0').set(admin).expect(400);
  });

  const idOf = async (username: string): Promise<string> => (await dataSource.query('SELECT id FROM app_user WHERE username = $1', [username]))[0].id;

  it('disables an account (its sessions end, login is refused) and enables it again, auditing both', async () => {
    const session = (await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'supervisor', password: PASSWORD }).expect(200)).body;
    const id = await idOf('supervisor');
    const off = await request(app.getHttpServer()).patch(`/api/users/${id}`).set(admin).send({ disabled: true }).expect(200);
    expect(off.body).toMatchObject({ username: 'supervisor', disabled: true });
    await request(app.getHttpServer()).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await request(app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'supervisor', password: PASSWORD }).expect(401);

    await request(app.getHttpServer()).patch(`/api/users/${id}`).set(admin).send({ disabled: false }).expect(200);
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'supervisor', password: PASSWORD }).expect(200);
    const audit = await dataSource.query(`SELECT changes FROM audit_log WHERE action = 'user.update' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { changes: unknown }) => a.changes)).toEqual([{ disabled: { before: false, after: true } }, { disabled: { before: true, after: false } }]);
  });

  it('moves an officer to another township and refuses a role the unit cannot hold', async () => {
    const id = await idOf('township');
    const moved = await request(app.getHttpServer())
      .patch(`/api/users/${id}`)
      .set(admin)
      .send({ orgUnitId: await unitId('堤村乡'), displayName: '赵干事（堤村乡）' })
      .expect(200);
    expect(moved.body).toMatchObject({ orgUnitName: '堤村乡', displayName: '赵干事（堤村乡）', role: 'TOWNSHIP_OFFICER' });
    const bad = await request(app.getHttpServer()).patch(`/api/users/${id}`).set(admin).send({ role: 'HANDLER' }).expect(400);
    expect(bad.body.message).toContain('不能作为该角色的所属单位');
  });

  it('will not let an administrator disable or demote themselves', async () => {
    const id = await idOf('admin');
    await request(app.getHttpServer()).patch(`/api/users/${id}`).set(admin).send({ disabled: true }).expect(400);
    await request(app.getHttpServer()).patch(`/api/users/${id}`).set(admin).send({ role: 'RECEPTION' }).expect(400);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    await request(app.getHttpServer()).patch('/api/users/00000000-0000-4000-8000-000000000000').set(admin).send({ disabled: true }).expect(404);
    await request(app.getHttpServer()).patch('/api/users/not-a-uuid').set(admin).send({ disabled: true }).expect(404);
  });

  it('resets a password under the policy, unlocks the account and ends its sessions', async () => {
    for (let i = 0; i < 5; i++) await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'handler', password: 'wrong' });
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'handler', password: PASSWORD }).expect(429);
    const id = await idOf('handler');
    await request(app.getHttpServer()).post(`/api/users/${id}/password`).set(admin).send({ newPassword: 'weak' }).expect(400);
    await request(app.getHttpServer()).post(`/api/users/${id}/password`).set(admin).send({ newPassword: 'Renshe-reset-2026' }).expect(204);
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'handler', password: PASSWORD }).expect(401);
    await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'handler', password: 'Renshe-reset-2026' }).expect(200);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.password_reset' AND entity_id = $1`, [id])).toEqual([{ n: 1 }]);
  });
});
