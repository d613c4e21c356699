import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { binaryBody, type SeededApp, startSeededApp } from '../../../../test/seeded-app';
import { chinaDate } from '@julu/domain';

const PASSWORD = 'attachments-test-password-1';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x41)]);

describe('case attachments (real PostgreSQL, files on disk)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  let dir: string;
  const http = () => t.http();
  let caseId: string;
  let foreignCaseId: string;
  const nothingBehind = async (): Promise<void> => {
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await dataSource.query('SELECT count(*)::int AS n FROM case_attachment'))[0].n).toBe(1);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'julu-attachments-test-'));
    chmodSync(dir, 0o755); // as an older release left it
    t = await startSeededApp(PASSWORD, ['reception', 'township', 'supervisor'], { ATTACHMENT_DIR: dir, ATTACHMENT_MAX_MB: '1' });
    ({ dataSource, auth } = t);
    const register = async (town: string): Promise<string> => {
      const townshipId = (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [town]))[0].id;
      const person = await http().post('/api/petitioners').set(auth.reception).send({ name: '附件测试', idType: 'OTHER', townshipId }).expect(201);
      const res = await http()
        .post('/api/cases')
        .set(auth.reception)
        .send({
          channel: 'LETTER',
          receivedOn: chinaDate(new Date()),
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode: '01',
          title: '来信附件测试',
          mainRequest: '请求处理',
          townshipId,
          peopleCount: 1,
          petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
        })
        .expect(201);
      return res.body.case.id;
    };
    caseId = await register('巨鹿镇');
    foreignCaseId = await register('王虎寨镇');
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a scanned letter outside the database and gives it back, with both actions audited', async () => {
    const up = await http().post(`/api/cases/${caseId}/attachments`).set(auth.reception).attach('file', PDF, '来信扫描件.pdf').expect(201);
    expect(up.body).toMatchObject({ caseId, fileName: '来信扫描件.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedByName: '李接待' });
    expect(readFileSync(join(dir, up.body.id)).equals(PDF)).toBe(true);
    expect(statSync(join(dir, up.body.id)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const list = await http().get(`/api/cases/${caseId}/attachments`).set(auth.township).expect(200);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([up.body.id]);
    const down = await http().get(`/api/cases/${caseId}/attachments/${up.body.id}`).set(auth.supervisor).buffer(true).parse(binaryBody).expect(200);
    expect(down.headers['content-type']).toContain('application/pdf');
    expect((down.body as Buffer).equals(PDF)).toBe(true);
    const audit = await dataSource.query(`SELECT action FROM audit_log WHERE action LIKE 'attachment.%' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['attachment.upload', 'attachment.download']);
  });

  it('refuses a renamed executable, an unknown type and an oversize file, leaving nothing behind', async () => {
    const exe = await http().post(`/api/cases/${caseId}/attachments`).set(auth.reception).attach('file', Buffer.from('MZ\x90\x00binary'), '信访材料.pdf').expect(400);
    expect(exe.body.message).toContain('文件内容与扩展名不符');
    await http().post(`/api/cases/${caseId}/attachments`).set(auth.reception).attach('file', Buffer.from('hello'), 'notes.txt').expect(400);
    const big = await http()
      .post(`/api/cases/${caseId}/attachments`)
      .set(auth.reception)
      .attach('file', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]), '大文件.pdf')
      .expect(413);
    expect(big.body.message).toContain('超过 1 MB');
    const none = await http().post(`/api/cases/${caseId}/attachments`).set(auth.reception).field('note', 'x').expect(400);
    expect(none.body.message).toContain('请选择要上传的文件');
    await nothingBehind();
  });

  it('keeps a township officer out of another township’s attachments', async () => {
    await http().post(`/api/cases/${foreignCaseId}/attachments`).set(auth.township).attach('file', PDF, 'a.pdf').expect(404);
    await http().get(`/api/cases/${foreignCaseId}/attachments`).set(auth.township).expect(404);
    await nothingBehind();
  });
});
