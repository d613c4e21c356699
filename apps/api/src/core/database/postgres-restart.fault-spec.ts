import type { NestExpressApplication } from '@nestjs/platform-express';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { seedDemoData } from '../../seed/seed-demo-data';
import { useFaultServices } from '../../../test/fault-services';
import { createTestApp } from '../../../test/test-app';
import { testRedisUrl } from '../../../test/test-database';
import { waitUntil } from '../../../test/wait-until';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

const PASSWORD = 'restart-test-password-1';

const CHILD = join(__dirname, '../../../../../tools/services/postgres-child.cjs');

/** A PostgreSQL server in a child process (started, stopped and restarted by this test). */
async function startServer(dataDir: string, port?: number): Promise<{ child: ChildProcess; url: string; port: number }> {
  const child = spawn(process.execPath, [CHILD, dataDir, 'restart-only', ...(port ? [String(port)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the PostgreSQL child exited early (code ${String(code)})`);
  });
  const [line] = (await Promise.race([once(child.stdout as NodeJS.ReadableStream, 'data'), exited])) as [Buffer];
  const started = JSON.parse(line.toString()) as { url: string; port: number };
  return { child, ...started };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * Its own PostgreSQL server, since the test stops and restarts it under the running API (a fault
 * spec: the faults tier runs it).
 */
describe('a PostgreSQL restart under the running API', () => {
  let services: { stop: () => Promise<void> };
  let dir: string;
  let pg: { child: ChildProcess; url: string; port: number };
  let app: NestExpressApplication;
  let dataSource: DataSource;
  let token: string;
  let townshipId: string;
  let petitionerId: string;
  const http = () => request(app.getHttpServer());

  const register = (key: string, title: string) =>
    http()
      .post('/api/cases')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', key)
      .send({
        channel: 'PHONE',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title,
        mainRequest: '请求处理',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId, role: 'PRIMARY' }],
      });

  beforeAll(async () => {
    services = await useFaultServices();
    dir = mkdtempSync(join(tmpdir(), 'julu-pg-restart-'));
    chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when tests run as root
    pg = await startServer(join(dir, 'pg'));
    dataSource = new DataSource(dataSourceOptions(pg.url, 'restart-test'));
    await dataSource.initialize();
    await runMigrations(dataSource);
    await seedDemoData(dataSource, PASSWORD, 'test');
    app = await createTestApp(pg.url, testRedisUrl());
    token = (await http().post('/api/auth/login').send({ username: 'reception', password: PASSWORD })).body.accessToken;
    townshipId = (await dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`))[0].id;
    petitionerId = (await http().post('/api/petitioners').set('Authorization', `Bearer ${token}`).send({ name: '重启测试', idType: 'OTHER', townshipId }).expect(201)).body.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (pg) await stopServer(pg.child);
    rmSync(dir, { recursive: true, force: true });
    await services?.stop();
  });

  it('answers 503 while the database is away, saves nothing, and after the restart the retried form registers once', async () => {
    await register('restart-0001', '重启前登记').expect(201);
    const port = pg.port;
    await stopServer(pg.child);

    const during = await register('restart-0002', '重启期间登记');
    expect(during.status).toBe(503);
    expect(during.body.message).toContain('未保存');
    expect(during.headers['retry-after']).toBe('5');
    await http().get('/api/health/ready').expect(503);

    pg = await startServer(join(dir, 'pg'), port);
    // The retried form, resent while the API answers 503 (until it has reconnected by itself).
    const replies: request.Response[] = [];
    const answered = async (): Promise<boolean> => {
      const reply = await register('restart-0002', '重启期间登记');
      replies.push(reply);
      return reply.status !== 503;
    };
    expect(await waitUntil(answered, 20_000, 200)).toBe(true);
    const retried = replies.at(-1);
    expect(retried?.status).toBe(201);
    const again = await register('restart-0002', '重启期间登记').expect(201);
    expect(again.body).toEqual(retried?.body);

    const rows: { title: string; case_seq: number }[] = await dataSource.query('SELECT title, case_seq FROM petition_case ORDER BY case_seq');
    expect(rows.map((r) => r.title)).toEqual(['重启前登记', '重启期间登记']);
    expect(rows.map((r) => r.case_seq)).toEqual([1, 2]);
  }, 120_000);
});
