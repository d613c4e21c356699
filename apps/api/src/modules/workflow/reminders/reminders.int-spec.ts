import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { addDays, chinaDate } from '@julu/domain';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { waitUntil } from '../../../testing/wait-until';
import { type SeededApp, startSeededApp } from '../../../testing/seeded-app';
import { testSecrets } from '../../../testing/test-config';
import { testRedisUrl, uniquePrefix } from '../../../testing/test-database';
import { createDeadlineServices } from '../../../testing/deadline-services';
import { DeadlineSweepService } from './deadline-sweep.service';
import { reminderDedupeKey, reminderJobId } from './reminder-plan';

const PASSWORD = 'reminders-test-password-1';
const ROOT = join(__dirname, '../../../../../..');

/** The worker as its own process, compiled from source; resolves once it reports it has started. */
function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'tools/test/worker-child.cjs')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Worker started')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before starting:\n${output}`)));
  });
}

const kill = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('deadline reminders (real PostgreSQL and Redis, worker killed with SIGKILL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let workerEnv: Record<string, string>;
  let queue: Queue;
  const children: ChildProcess[] = [];
  const today = chinaDate(new Date());

  /** A registered case whose intake clock (D1) ran out yesterday: its breach reminder is due. */
  const overdueClock = async (): Promise<{ caseId: string; clockId: string; version: number }> => {
    const townshipId = await t.unitId('巨鹿镇');
    const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '提醒测试', idType: 'OTHER', townshipId }).expect(201);
    const res = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({ channel: 'PHONE', source: 'DIRECT', matterType: 'SUGGESTION', categoryCode: '01', title: '提醒测试', mainRequest: '测试', townshipId, peopleCount: 1, petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }] })
      .expect(201);
    const caseId = res.body.case.id as string;
    const [clock]: { id: string; version: number }[] = await dataSource.query(
      `UPDATE case_clock SET started_on = $2::date - 16, due_on = $2::date - 1 WHERE case_id = $1 RETURNING id, version`,
      [caseId, today],
    ).then((r: unknown[]) => (Array.isArray(r[0]) ? r[0] : r));
    return { caseId, clockId: clock.id, version: clock.version };
  };
  const sent = async (clockId: string, version: number): Promise<{ user_id: string }[]> =>
    dataSource.query('SELECT user_id FROM notification WHERE dedupe_key = $1 ORDER BY user_id', [reminderDedupeKey(clockId, version, 'BREACH')]);

  /** The reminder job of the clock version has run to completion (after any re-run of a stalled attempt). */
  const completed = async (clockId: string, version: number): Promise<boolean> =>
    (await (await queue.getJob(reminderJobId(clockId, version, 'BREACH')))?.isCompleted()) ?? false;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception']);
    dataSource = t.dataSource;
    const prefix = uniquePrefix();
    workerEnv = { ...testSecrets(), DATABASE_URL: t.db.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix, MIGRATE_ON_BOOT: 'false', LOG_LEVEL: 'info', OUTBOX_POLL_INTERVAL_MS: '100', JOB_LOCK_SECONDS: '3' };
    queue = new Queue('deadlines', { connection: { url: testRedisUrl() }, prefix });
  });

  afterAll(async () => {
    for (const child of children) await kill(child);
    await queue.close();
    await t.close();
  });

  it.each([300, 900, 1500])('sends a breach reminder exactly once when the worker is killed %i ms after the job falls due, then restarted', async (killAfter) => {
    const { caseId, clockId, version } = await overdueClock();
    const first = await startWorker(workerEnv);
    children.push(first);
    // The job the planner would add for this clock version, due one second from now.
    await queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH'), delay: 1000 });
    await sleep(1000 + killAfter);
    await kill(first);
    const second = await startWorker(workerEnv);
    children.push(second);
    const recipients: { id: string }[] = await dataSource.query(
      `SELECT id FROM app_user WHERE disabled_at IS NULL AND ((org_unit_id = (SELECT registering_unit_id FROM petition_case WHERE id = $1) AND role <> 'ADMIN') OR role = 'SUPERVISOR') ORDER BY id`,
      [caseId],
    );
    // Once the job has completed nothing more can be sent for it: a duplicate would be there by then.
    expect(await waitUntil(async () => completed(clockId, version), 20_000)).toBe(true);
    expect((await sent(clockId, version)).map((r) => r.user_id)).toEqual(recipients.map((r) => r.id));
    expect((await dataSource.query('SELECT overdue FROM petition_case WHERE id = $1', [caseId]))[0].overdue).toBe(true);
    await kill(second);
  }, 120_000);

  it('sends it exactly once when the worker dies while the job is running (BullMQ re-runs the stalled job)', async () => {
    const { clockId, version } = await overdueClock();
    const worker = await startWorker(workerEnv);
    children.push(worker);
    // Hold the clock's row lock so the job blocks inside its transaction, then kill the worker there.
    const blocker = dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM case_clock WHERE id = $1 FOR UPDATE', [clockId]);
    await queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH') });
    expect(await waitUntil(async () => (await (await queue.getJob(reminderJobId(clockId, version, 'BREACH')))?.isActive()) ?? false, 5_000)).toBe(true);
    await kill(worker);
    await blocker.rollbackTransaction();
    await blocker.release();
    expect(await sent(clockId, version)).toEqual([]);
    const restarted = await startWorker(workerEnv);
    children.push(restarted);
    // The dead worker's lock on the job expires (JOB_LOCK_SECONDS) and the new worker takes the job over.
    expect(await waitUntil(async () => completed(clockId, version), 60_000)).toBe(true);
    const rows = await sent(clockId, version);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(rows.length);
    await kill(restarted);
  }, 120_000);

  it('never sends a reminder planned for an older clock version', async () => {
    const { caseId, clockId, version } = await overdueClock();
    await dataSource.query('UPDATE case_clock SET version = version + 1 WHERE id = $1', [clockId]);
    const worker = await startWorker(workerEnv);
    children.push(worker);
    await queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH') });
    expect(await waitUntil(async () => completed(clockId, version), 10_000)).toBe(true);
    const job = await queue.getJob(reminderJobId(clockId, version, 'BREACH'));
    expect(job?.returnvalue).toBe('stale');
    expect(await sent(clockId, version)).toEqual([]);
    expect(caseId).toBeTruthy();
    await kill(worker);
  }, 120_000);

  it('finds a due reminder from the database alone when its Redis job is gone (the sweep)', async () => {
    const { caseId, clockId, version } = await overdueClock();
    const context = await createDeadlineServices({ ...workerEnv, QUEUE_PREFIX: uniquePrefix() });
    try {
      const result = await context.get(DeadlineSweepService).run();
      expect(result.remindersSent).toBeGreaterThanOrEqual(1);
      expect((await sent(clockId, version)).length).toBeGreaterThan(0);
      const again = await context.get(DeadlineSweepService).run();
      expect(again.remindersSent).toBe(0);
      expect((await dataSource.query('SELECT overdue FROM petition_case WHERE id = $1', [caseId]))[0].overdue).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('closes a case whose petitioner let the 30-day 复查 window and the transit grace pass', async () => {
    const { caseId } = await overdueClock();
    const version = async (): Promise<number> => (await t.http().get(`/api/cases/${caseId}/workflow`).set(t.auth.reception).expect(200)).body.version;
    const act = async (body: Record<string, unknown>) =>
      (await t.http().post(`/api/cases/${caseId}/transitions`).set(t.auth.reception).send({ expectedVersion: await version(), ...body }).expect(201)).body;
    await act({ action: 'ACCEPT' });
    await act({ action: 'START_HANDLING' });
    const replied = await act({ action: 'REPLY', outcome: 'EXPLAINED', note: '已解释', legalBasis: '相关政策' });
    const opinion = replied.notices.find((n: { kind: string }) => n.kind === 'HANDLING_OPINION');
    await t.http().post(`/api/notices/${opinion.id}/delivery`).set(t.auth.reception).send({ method: 'POST', deliveredAt: new Date().toISOString() }).expect(201);
    // The window ended 11 days ago: past the default 10-day transit grace (REVIEW_REQUEST_TRANSIT_DAYS).
    await dataSource.query(`UPDATE case_clock SET due_on = $2 WHERE case_id = $1 AND code = 'D6'`, [caseId, addDays(today, -11)]);
    const context = await createDeadlineServices({ ...workerEnv, QUEUE_PREFIX: uniquePrefix() });
    try {
      expect((await context.get(DeadlineSweepService).run()).casesClosed).toBe(1);
    } finally {
      await context.close();
    }
    const view = (await t.http().get(`/api/cases/${caseId}/workflow`).set(t.auth.reception).expect(200)).body;
    expect(view.state).toBe('CLOSED');
    expect(view.events.at(-1)).toMatchObject({ action: 'CLOSE', actorName: null, details: { closeReason: 'REVIEW_PERIOD_EXPIRED', automatic: true } });
  }, 60_000);
});
