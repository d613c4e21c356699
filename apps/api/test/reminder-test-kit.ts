import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { chinaDate } from '@julu/domain';
import { Queue } from 'bullmq';
import { reminderDedupeKey, reminderJobId } from '../src/modules/workflow/reminders/reminder-plan';
import { type SeededApp, startSeededApp } from './seeded-app';
import { testSecrets } from './test-config';
import { testRedisUrl, uniquePrefix } from './test-database';

const ROOT = join(__dirname, '../../..');

/** The worker as its own process, compiled from source; resolves once it reports it has started. */
export function startWorker(env: Record<string, string>): Promise<ChildProcess> {
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

/** SIGKILL, as a crash would; resolves once the process is gone. */
export const killWorker = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/**
 * A seeded app with the reception desk signed in, the environment of worker processes on its
 * database and Redis (their own queue prefix, a 3-second job lock), and that prefix's deadline queue.
 */
export interface ReminderKit {
  t: SeededApp;
  workerEnv: Record<string, string>;
  queue: Queue;
  /** A registered case whose intake clock (D1) ran out yesterday: its breach reminder is due. */
  overdueClock: () => Promise<{ caseId: string; clockId: string; version: number }>;
  /** Users notified of the clock version's breach. */
  sent: (clockId: string, version: number) => Promise<{ user_id: string }[]>;
  /** The reminder job of the clock version has run to completion (after any re-run of a stalled attempt). */
  completed: (clockId: string, version: number) => Promise<boolean>;
  close: () => Promise<void>;
}

export async function startReminderKit(password: string): Promise<ReminderKit> {
  const t = await startSeededApp(password, ['reception']);
  const prefix = uniquePrefix();
  const workerEnv = {
    ...testSecrets(),
    DATABASE_URL: t.db.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: prefix,
    MIGRATE_ON_BOOT: 'false',
    LOG_LEVEL: 'info',
    OUTBOX_POLL_INTERVAL_MS: '100',
    JOB_LOCK_SECONDS: '3',
  };
  const queue = new Queue('deadlines', { connection: { url: testRedisUrl() }, prefix });
  const today = chinaDate(new Date());
  return {
    t,
    workerEnv,
    queue,
    overdueClock: async () => {
      const townshipId = await t.unitId('巨鹿镇');
      const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '提醒测试', idType: 'OTHER', townshipId }).expect(201);
      const res = await t
        .http()
        .post('/api/cases')
        .set(t.auth.reception)
        .send({
          channel: 'PHONE',
          source: 'DIRECT',
          matterType: 'SUGGESTION',
          categoryCode: '01',
          title: '提醒测试',
          mainRequest: '测试',
          townshipId,
          peopleCount: 1,
          petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
        })
        .expect(201);
      const caseId = res.body.case.id as string;
      const [clock]: { id: string; version: number }[] = await t.dataSource
        .query(`UPDATE case_clock SET started_on = $2::date - 16, due_on = $2::date - 1 WHERE case_id = $1 RETURNING id, version`, [caseId, today])
        .then((r: unknown[]) => (Array.isArray(r[0]) ? r[0] : r));
      return { caseId, clockId: clock.id, version: clock.version };
    },
    sent: (clockId, version) => t.dataSource.query('SELECT user_id FROM notification WHERE dedupe_key = $1 ORDER BY user_id', [reminderDedupeKey(clockId, version, 'BREACH')]),
    completed: async (clockId, version) => (await (await queue.getJob(reminderJobId(clockId, version, 'BREACH')))?.isCompleted()) ?? false,
    close: async () => {
      await queue.close();
      await t.close();
    },
  };
}
