import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from '../../../test/test-database';
import { runAsOwner } from '../database/row-security';

const PASSWORD = 'idempotency-test-password-1';

describe('Idempotency-Key on create endpoints (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  let reception: Record<string, string>;
  let admin: Record<string, string>;
  const http = () => request(app.getHttpServer());
  const count = async (name: string): Promise<number> => (await dataSource.query('SELECT count(*)::int AS n FROM petitioner WHERE name = $1', [name]))[0].n;

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    app = await createTestApp(db.url, testRedisUrl());
    const login = async (username: string) => ({ Authorization: `Bearer ${(await http().post('/api/auth/login').send({ username, password: PASSWORD })).body.accessToken}` });
    reception = await login('reception');
    admin = await login('admin');
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('a resubmitted form returns the first result and creates nothing more', async () => {
    const send = () => http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'form-0001-retry').send({ name: '重复提交', idType: 'OTHER', mobile: '13700000001' });
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toEqual(first.body);
    expect(await count('重复提交')).toBe(1);
    const audits = await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'petitioner.create' AND entity_id = $1`, [first.body.id]);
    expect(audits[0].n).toBe(1);
  });

  it('concurrent submissions with one key create one record and all answer with it', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'double-click-0002').send({ name: '并发提交', idType: 'OTHER' })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await count('并发提交')).toBe(1);
  });

  it('refuses a key reused for a different request, and keys are per user', async () => {
    await http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'shared-key-0003').send({ name: '甲', idType: 'OTHER' }).expect(201);
    const reused = await http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'shared-key-0003').send({ name: '乙', idType: 'OTHER' }).expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('新的键') });
    expect(await count('乙')).toBe(0);
    await http().post('/api/petitioners').set(admin).set('Idempotency-Key', 'shared-key-0003').send({ name: '乙', idType: 'OTHER' }).expect(201);
    expect(await count('乙')).toBe(1);
  });

  it('a failed attempt stores nothing, so the corrected form goes through with the same key', async () => {
    const bad = await http()
      .post('/api/petitioners')
      .set(reception)
      .set('Idempotency-Key', 'fix-and-retry-0004')
      .send({ name: '更正', idType: 'OTHER', mobile: '123' })
      .expect(400);
    expect(bad.body.message).toContain('手机号码');
    await http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'fix-and-retry-0004').send({ name: '更正', idType: 'OTHER', mobile: '13700000004' }).expect(201);
    expect(await count('更正')).toBe(1);
  });

  it('rolls the create back when storing the response fails, leaving no half-done write', async () => {
    await runAsOwner(() => dataSource.query(`ALTER TABLE idempotency_key ADD CONSTRAINT refuse_test CHECK (scope NOT LIKE '%rollback-0005')`));
    try {
      await http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'rollback-0005').send({ name: '回滚', idType: 'OTHER' }).expect(500);
      expect(await count('回滚')).toBe(0);
      const audits = await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'petitioner.create' AND changes->'name'->>'after' = '回滚'`);
      expect(audits[0].n).toBe(0);
    } finally {
      await runAsOwner(() => dataSource.query('ALTER TABLE idempotency_key DROP CONSTRAINT refuse_test'));
    }
  });

  it('rejects a malformed key', async () => {
    const res = await http().post('/api/petitioners').set(reception).set('Idempotency-Key', 'x').send({ name: '键太短', idType: 'OTHER' }).expect(400);
    expect(res.body.message).toContain('Idempotency-Key');
    expect(await count('键太短')).toBe(0);
  });
});
