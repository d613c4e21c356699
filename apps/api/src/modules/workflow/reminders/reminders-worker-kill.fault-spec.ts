import type { ChildProcess } from 'node:child_process';
import { useFaultServices } from '../../../../test/fault-services';
import { killWorker, type ReminderKit, startReminderKit, startWorker } from '../../../../test/reminder-test-kit';
import { waitUntil } from '../../../../test/wait-until';
import { reminderJobId } from './reminder-plan';

const PASSWORD = 'reminders-test-password-1';

/** Worker processes killed with SIGKILL around a due reminder (a fault spec: the faults tier runs it). */
describe('deadline reminders (real PostgreSQL and Redis, worker killed with SIGKILL)', () => {
  let services: { stop: () => Promise<void> };
  let kit: ReminderKit;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    services = await useFaultServices();
    kit = await startReminderKit(PASSWORD);
  });

  afterAll(async () => {
    for (const child of children) await killWorker(child);
    await kit?.close();
    await services?.stop();
  });

  it.each([300, 900, 1500])(
    'sends a breach reminder exactly once when the worker is killed %i ms after the job falls due, then restarted',
    async (killAfter) => {
      const { caseId, clockId, version } = await kit.overdueClock();
      const first = await startWorker(kit.workerEnv);
      children.push(first);
      // The job the planner would add for this clock version, due one second from now.
      const job = await kit.queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH'), delay: 1000 });
      // The kill comes `killAfter` ms after the moment the job falls due, as Redis has it.
      const dueAt = job.timestamp + 1000;
      expect(await waitUntil(async () => !(await job.isDelayed()) && Date.now() >= dueAt + killAfter, 20_000, 25)).toBe(true);
      await killWorker(first);
      const second = await startWorker(kit.workerEnv);
      children.push(second);
      const recipients: { id: string }[] = await kit.t.dataSource.query(
        `SELECT id FROM app_user WHERE disabled_at IS NULL AND ((org_unit_id = (SELECT registering_unit_id FROM petition_case WHERE id = $1) AND role <> 'ADMIN') OR role = 'SUPERVISOR') ORDER BY id`,
        [caseId],
      );
      // Once the job has completed nothing more can be sent for it: a duplicate would be there by then.
      expect(await waitUntil(async () => kit.completed(clockId, version), 20_000)).toBe(true);
      expect((await kit.sent(clockId, version)).map((r) => r.user_id)).toEqual(recipients.map((r) => r.id));
      expect((await kit.t.dataSource.query('SELECT overdue FROM petition_case WHERE id = $1', [caseId]))[0].overdue).toBe(true);
      await killWorker(second);
    },
    120_000,
  );

  it('sends it exactly once when the worker dies while the job is running (BullMQ re-runs the stalled job)', async () => {
    const { clockId, version } = await kit.overdueClock();
    const worker = await startWorker(kit.workerEnv);
    children.push(worker);
    // Hold the clock's row lock so the job blocks inside its transaction, then kill the worker there.
    const blocker = kit.t.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM case_clock WHERE id = $1 FOR UPDATE', [clockId]);
    await kit.queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH') });
    expect(await waitUntil(async () => (await (await kit.queue.getJob(reminderJobId(clockId, version, 'BREACH')))?.isActive()) ?? false, 5_000)).toBe(true);
    await killWorker(worker);
    await blocker.rollbackTransaction();
    await blocker.release();
    expect(await kit.sent(clockId, version)).toEqual([]);
    const restarted = await startWorker(kit.workerEnv);
    children.push(restarted);
    // The dead worker's lock on the job expires (JOB_LOCK_SECONDS) and the new worker takes the job over.
    expect(await waitUntil(async () => kit.completed(clockId, version), 60_000)).toBe(true);
    const rows = await kit.sent(clockId, version);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(rows.length);
    await killWorker(restarted);
  }, 120_000);
});
