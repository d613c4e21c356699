import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../core/config/app-config';
import { createTestApp } from '../../../../test/test-app';
import { testSecrets } from '../../../../test/test-config';
import { createSeededDataSource, type TestDatabase, testRedisUrl, uniquePrefix } from '../../../../test/test-database';
import { binaryBody } from '../../../../test/seeded-app';
import { eventually } from '../../../../test/wait-until';
import { WorkerModule } from '../../../worker/worker.module';
import { ExportProcessorService } from './export-processor.service';
import { RetentionService } from './retention.service';
import { existsSync } from 'node:fs';

const PASSWORD = 'ledgers-test-password-1';
const CASES = 10_000;

const readSheet = async (body: Buffer): Promise<ExcelJS.Worksheet> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(body).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
};

describe('ledger exports: direct and background, 10,000 cases (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let exportDir: string;
  const auth: Record<string, Record<string, string>> = {};
  const http = () => request(app.getHttpServer());
  /** The export's status once DONE, as its requester sees it (a FAILED export ends the wait). */
  const exportDone = (id: string, as: Record<string, string>, timeoutMs: number): Promise<{ status: string; total: number; done: number }> =>
    eventually(
      `export ${id} to finish`,
      async () => {
        const status = (await http().get(`/api/exports/${id}`).set(as).expect(200)).body;
        if (status.status === 'FAILED') throw new Error(`export failed: ${JSON.stringify(status)}`);
        return status.status === 'DONE' && status;
      },
      timeoutMs,
      250,
    );

  beforeAll(async () => {
    ({ db, dataSource } = await createSeededDataSource(PASSWORD));
    exportDir = mkdtempSync(join(tmpdir(), 'julu-exports-test-'));
    const prefix = uniquePrefix();
    const env = { QUEUE_PREFIX: prefix, EXPORT_DIR: exportDir, OUTBOX_POLL_INTERVAL_MS: '100' };
    app = await createTestApp(db.url, testRedisUrl(), env);
    const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), ...testSecrets(), LOG_LEVEL: 'silent', ...env });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    for (const username of ['supervisor', 'township', 'reception']) {
      const res = await http().post('/api/auth/login').send({ username, password: PASSWORD });
      auth[username] = { Authorization: `Bearer ${res.body.accessToken}` };
    }
    // 10,000 cases straight into the tables (registration itself is tested elsewhere): every
    // fourth in 巨鹿镇, the rest in 王虎寨镇, one petitioner each with a masked ID number.
    await dataSource.query(`
      WITH towns AS (SELECT (SELECT id FROM org_unit WHERE name = '巨鹿镇') AS julu, (SELECT id FROM org_unit WHERE name = '王虎寨镇') AS whz),
           clerk AS (SELECT id FROM app_user WHERE username = 'reception')
      INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title,
        main_request, township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by)
      SELECT '1305292025' || lpad(i::text, 6, '0'), 2025, i, 'T' || lpad(i::text, 11, '0'), (ARRAY['VISIT','LETTER','ONLINE','PHONE','FAX'])[1 + i % 5],
             'DIRECT', 'APPEAL', '03', '劳动社保', '批量事项' || i, '请求解决第' || i || '号问题',
             CASE WHEN i % 4 = 0 THEN towns.julu ELSE towns.whz END, 1 + i % 7, (1 + i % 7) >= 5, false, false, i % 10 = 0,
             timestamptz '2025-12-31 12:00+08' - (i || ' minutes')::interval, clerk.id
      FROM generate_series(1, ${CASES}) AS i, towns, clerk`);
    await dataSource.query(`
      INSERT INTO petitioner (name, id_type, id_number_masked) SELECT '批量信访人' || case_seq, 'RESIDENT_ID', '1305**********' || lpad(case_seq::text, 4, '0')
      FROM petition_case WHERE case_year = 2025`);
    await dataSource.query(`
      INSERT INTO case_petitioner (case_id, petitioner_id, role, position)
      SELECT c.id, p.id, 'PRIMARY', 0 FROM petition_case c JOIN petitioner p ON p.name = '批量信访人' || c.case_seq WHERE c.case_year = 2025`);
  }, 120_000);

  afterAll(async () => {
    await worker.close();
    await app.close();
    await dataSource.destroy();
    await db.drop();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('refuses a direct download beyond 3,000 rows with the count, and streams a small one', async () => {
    const big = await http().get('/api/ledgers/cases').set(auth.supervisor).expect(409);
    expect(big.body.message).toContain(`共 ${CASES} 行`);
    expect(big.body.message).toContain('后台导出');
    const small = await http().get('/api/ledgers/cases?lawRelated=true&channel=VISIT').set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect(small.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(small.body as Buffer);
    expect(sheet.getRow(1).getCell(1).value).toBe('信访件编号');
    const expected = await dataSource.query(`SELECT count(*)::int AS n FROM petition_case WHERE is_law_related AND channel = 'VISIT'`);
    expect(sheet.rowCount).toBe(expected[0].n + 3);
  });

  it('exports 10,000 cases in the background; the file reads back equal to the database and only its requester may fetch it', async () => {
    const queued = await http().post('/api/exports').set(auth.supervisor).send({ ledger: 'CASES', query: {} }).expect(202);
    expect(queued.body).toMatchObject({ status: 'QUEUED', ledger: 'CASES', done: 0 });
    const id = queued.body.id;
    const status = await exportDone(id, auth.supervisor, 90_000);
    expect(status).toMatchObject({ total: CASES, done: CASES });

    await http().get(`/api/exports/${id}`).set(auth.reception).expect(404);
    await http().get(`/api/exports/${id}/file`).set(auth.reception).expect(404);
    const file = await http().get(`/api/exports/${id}/file`).set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    const sheet = await readSheet(file.body as Buffer);
    const rows: { caseNo: string; registeredAt: string; channel: string; petitioner: string; idMasked: string; township: string; lawRelated: string }[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(2).value === null) return;
      rows.push({
        caseNo: String(row.getCell(1).value),
        // The sheet shows China wall-clock time (ExcelJS reads a serial as UTC, so its UTC digits are the wall clock).
        registeredAt: (row.getCell(2).value as Date).toISOString().slice(0, 16),
        channel: String(row.getCell(3).value),
        petitioner: String(row.getCell(9).value),
        idMasked: String(row.getCell(10).value),
        township: String(row.getCell(12).value),
        lawRelated: String(row.getCell(19).value),
      });
    });
    const db: { case_no: string; registered_at: Date; channel: string; name: string; masked: string; township: string; law: boolean }[] = await dataSource.query(`
      SELECT c.case_no, c.registered_at, c.channel, p.name, p.id_number_masked AS masked, t.name AS township, c.is_law_related AS law
      FROM petition_case c JOIN case_petitioner cp ON cp.case_id = c.id JOIN petitioner p ON p.id = cp.petitioner_id JOIN org_unit t ON t.id = c.township_id
      ORDER BY c.registered_at DESC, c.id DESC`);
    const channelLabels: Record<string, string> = { VISIT: '来访', LETTER: '来信', ONLINE: '网上信访', PHONE: '来电', FAX: '传真' };
    expect(rows).toHaveLength(CASES);
    const chinaWallClock = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
    expect(rows).toEqual(
      db.map((r) => ({
        caseNo: r.case_no,
        registeredAt: chinaWallClock(r.registered_at),
        channel: channelLabels[r.channel],
        petitioner: r.name,
        idMasked: r.masked,
        township: r.township,
        lawRelated: r.law ? '是' : '否',
      })),
    );

    const audit = await dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['export.request', 'export.download']);
  }, 120_000);

  it('a township officer’s export holds only their township', async () => {
    const queued = await http()
      .post('/api/exports')
      .set(auth.township)
      .send({ ledger: 'CASES', query: { channel: 'LETTER' } })
      .expect(202);
    const status = await exportDone(queued.body.id, auth.township, 60_000);
    const expected = await dataSource.query(
      `SELECT count(*)::int AS n FROM petition_case c JOIN org_unit t ON t.id = c.township_id WHERE t.name = '巨鹿镇' AND c.channel = 'LETTER'`,
    );
    expect(status.total).toBe(expected[0].n);
    const file = await http().get(`/api/exports/${queued.body.id}/file`).set(auth.township).buffer(true).parse(binaryBody).expect(200);
    const sheet = await readSheet(file.body as Buffer);
    const townships = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(12).value) townships.add(String(row.getCell(12).value));
    });
    expect([...townships]).toEqual(['巨鹿镇']);
  }, 90_000);

  it('finishes an export that a crashed worker left half-written, and skips one already done', async () => {
    const [{ id }] = await dataSource.query(
      `INSERT INTO export_job (requester_id, ledger, query, status, total, done, file_name, started_at)
       SELECT id, 'CASES', '{"channel":"FAX"}', 'RUNNING', 2000, 500, '信访事项台账.xlsx', now() FROM app_user WHERE username = 'supervisor' RETURNING id`,
    );
    const partial = join(exportDir, `${id}.xlsx.part`);
    writeFileSync(partial, 'half a workbook');
    const processor = worker.get(ExportProcessorService);
    await expect(processor.run(id)).resolves.toBe('done');
    const [job] = await dataSource.query('SELECT status, total, done FROM export_job WHERE id = $1', [id]);
    expect(job).toEqual({ status: 'DONE', total: CASES / 5, done: CASES / 5 });
    expect(existsSync(partial)).toBe(false);
    const file = await http().get(`/api/exports/${id}/file`).set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect((await readSheet(file.body as Buffer)).rowCount).toBe(CASES / 5 + 3);
    await expect(processor.run(id)).resolves.toBe('skipped');
  });

  it('cleans up export files and idempotency keys past their retention, keeping the job rows', async () => {
    const [{ id }] = await dataSource.query(`SELECT id FROM export_job WHERE status = 'DONE' ORDER BY finished_at LIMIT 1`);
    await dataSource.query(`UPDATE export_job SET finished_at = now() - interval '8 days' WHERE id = $1`, [id]);
    await dataSource.query(
      `INSERT INTO idempotency_key (scope, route, request_hash, response, created_at) VALUES ('u:old-key-0001', 'POST /api/cases', repeat('0', 64), 'null', now() - interval '8 days')`,
    );
    const retention = worker.get(RetentionService);
    const result = await retention.run();
    expect(result.exportFiles).toBe(1);
    expect(result.idempotencyKeys).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(exportDir, `${id}.xlsx`))).toBe(false);
    const gone = await http().get(`/api/exports/${id}/file`).set(auth.supervisor).expect(404);
    expect(gone.body.message).toContain('已清理');
    expect(await retention.run()).toEqual({ exportFiles: 0, idempotencyKeys: 0 });
  });

  it('exports the visit ledger and refuses bad filters with a message', async () => {
    const res = await http().get('/api/ledgers/visits?from=2020-01-01').set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    const sheet = await readSheet(res.body as Buffer);
    expect(sheet.getRow(1).getCell(3).value).toBe('开始接谈时间');
    const bad = await http().post('/api/exports').set(auth.supervisor).send({ ledger: 'EVERYTHING', query: {} }).expect(400);
    expect(bad.body.message).toContain('台账须为');
  });
});
