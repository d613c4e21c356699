import ExcelJS from 'exceljs';
import type request from 'supertest';
import type { DataSource } from 'typeorm';
import { binaryBody, type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'audit-test-password-1';

/** Collects a binary response body (supertest buffers only text by default). */
describe('audit search and export (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const http = () => t.http();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'supervisor']);
    ({ dataSource, auth } = t);
    await http().post('/api/auth/login').send({ username: 'reception', password: 'wrong-password-1' }).expect(401);
    const unit = (await dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`))[0].id;
    for (let i = 0; i < 3; i++) {
      await http()
        .post('/api/org-units')
        .set(auth.admin)
        .send({ name: `审计测试村${i}`, type: 'VILLAGE', parentId: unit })
        .expect(201);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('filters by actor, exact action, action family and entity, newest first', async () => {
    const byActor = await http().get('/api/audit-logs?actor=ADMIN').set(auth.supervisor).expect(200);
    expect(byActor.body.items.length).toBeGreaterThanOrEqual(4);
    expect(byActor.body.items.every((e: { actorUsername: string }) => e.actorUsername === 'admin')).toBe(true);
    const ids = byActor.body.items.map((e: { id: string }) => Number(e.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    const failed = await http().get('/api/audit-logs?action=auth.login_failed').set(auth.supervisor).expect(200);
    expect(failed.body.items).toHaveLength(1);
    expect(failed.body.items[0]).toMatchObject({ action: 'auth.login_failed', clientIp: expect.any(String), requestId: expect.any(String) });

    const family = await http().get('/api/audit-logs?action=org_unit.').set(auth.admin).expect(200);
    expect(family.body.items).toHaveLength(3);
    const one = family.body.items[0];
    const byEntity = await http().get(`/api/audit-logs?entityType=org_unit&entityId=${one.entityId}`).set(auth.admin).expect(200);
    expect(byEntity.body.items).toEqual([one]);
    expect(one.changes.name.after).toBe('审计测试村2');
  });

  it('pages with a keyset cursor without gaps or repeats, and honours a time window', async () => {
    const all = await http().get('/api/audit-logs?limit=200').set(auth.admin).expect(200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http()
        .get(`/api/audit-logs?limit=2${cursor ? `&before=${cursor}` : ''}`)
        .set(auth.admin)
        .expect(200);
      seen.push(...page.body.items.map((e: { id: string }) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((e: { id: string }) => e.id));

    const future = await http().get('/api/audit-logs?from=2099-01-01').set(auth.admin).expect(200);
    expect(future.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['from=yesterday', '开始时间须为日期时间'],
    ['action=DROP TABLE', '操作类型格式有误'],
    ['before=abc', '分页游标有误'],
    ['limit=1000', 'limit 至多为 200'],
  ])('refuses %s with a message that says why', async (qs, message) => {
    const res = await http().get(`/api/audit-logs?${qs}`).set(auth.admin).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('exports the matching rows as an .xlsx that reads back equal to the log, and audits the export', async () => {
    const res = await http().get('/api/audit-logs/export?action=org_unit.').set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('审计日志');
    const rows: { id: number; action: string; name: string }[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push({ id: Number(row.getCell(1).value), action: String(row.getCell(5).value), name: JSON.parse(String(row.getCell(8).value)).name.after });
    });
    const db: { id: string; action: string; changes: { name: { after: string } } }[] = await dataSource.query(
      `SELECT id, action, changes FROM audit_log WHERE action LIKE 'org\\_unit.%' ORDER BY id DESC`,
    );
    expect(rows).toEqual(db.map((r) => ({ id: Number(r.id), action: r.action, name: r.changes.name.after })));
    expect(sheet?.getRow(1).getCell(4).value).toBe('操作');

    const exports = await dataSource.query(`SELECT actor_username, reason FROM audit_log WHERE action = 'audit_log.export'`);
    expect(exports).toEqual([{ actor_username: 'supervisor', reason: expect.stringContaining('org_unit.') }]);
  });
});
