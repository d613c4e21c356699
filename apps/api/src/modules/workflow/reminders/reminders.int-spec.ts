import type { ChildProcess } from 'node:child_process';
import { addDays, chinaDate } from '@julu/domain';
import { createDeadlineServices } from '../../../../test/deadline-services';
import { killWorker, type ReminderKit, startReminderKit, startWorker } from '../../../../test/reminder-test-kit';
import { uniquePrefix } from '../../../../test/test-database';
import { waitUntil } from '../../../../test/wait-until';
import { DeadlineSweepService } from './deadline-sweep.service';
import { reminderJobId } from './reminder-plan';

const PASSWORD = 'reminders-test-password-1';

/** Workers killed around a due reminder: reminders-worker-kill.fault-spec.ts (faults tier). */
describe('deadline reminders (real PostgreSQL and Redis)', () => {
  let kit: ReminderKit;
  const children: ChildProcess[] = [];
  const today = chinaDate(new Date());

  beforeAll(async () => {
    kit = await startReminderKit(PASSWORD);
  });

  afterAll(async () => {
    for (const child of children) await killWorker(child);
    await kit.close();
  });

  it('never sends a reminder planned for an older clock version', async () => {
    const { caseId, clockId, version } = await kit.overdueClock();
    await kit.t.dataSource.query('UPDATE case_clock SET version = version + 1 WHERE id = $1', [clockId]);
    const worker = await startWorker(kit.workerEnv);
    children.push(worker);
    await kit.queue.add('reminder', { clockId, version, kind: 'BREACH' }, { jobId: reminderJobId(clockId, version, 'BREACH') });
    expect(await waitUntil(async () => kit.completed(clockId, version), 10_000)).toBe(true);
    const job = await kit.queue.getJob(reminderJobId(clockId, version, 'BREACH'));
    expect(job?.returnvalue).toBe('stale');
    expect(await kit.sent(clockId, version)).toEqual([]);
    expect(caseId).toBeTruthy();
    await killWorker(worker);
  }, 120_000);

  it('finds a due reminder from the database alone when its Redis job is gone (the sweep)', async () => {
    const { caseId, clockId, version } = await kit.overdueClock();
    const context = await createDeadlineServices({ ...kit.workerEnv, QUEUE_PREFIX: uniquePrefix() });
    try {
      const result = await context.get(DeadlineSweepService).run();
      expect(result.remindersSent).toBeGreaterThanOrEqual(1);
      expect((await kit.sent(clockId, version)).length).toBeGreaterThan(0);
      const again = await context.get(DeadlineSweepService).run();
      expect(again.remindersSent).toBe(0);
      expect((await kit.t.dataSource.query('SELECT overdue FROM petition_case WHERE id = $1', [caseId]))[0].overdue).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('closes a case whose petitioner let the 30-day 复查 window and the transit grace pass', async () => {
    const { t } = kit;
    const { caseId } = await kit.overdueClock();
    const version = async (): Promise<number> => (await t.http().get(`/api/cases/${caseId}/workflow`).set(t.auth.reception).expect(200)).body.version;
    const act = async (body: Record<string, unknown>) =>
      (
        await t
          .http()
          .post(`/api/cases/${caseId}/transitions`)
          .set(t.auth.reception)
          .send({ expectedVersion: await version(), ...body })
          .expect(201)
      ).body;
    await act({ action: 'ACCEPT' });
    await act({ action: 'START_HANDLING' });
    const replied = await act({ action: 'REPLY', outcome: 'EXPLAINED', note: '已解释', legalBasis: '相关政策' });
    const opinion = replied.notices.find((n: { kind: string }) => n.kind === 'HANDLING_OPINION');
    await t.http().post(`/api/notices/${opinion.id}/delivery`).set(t.auth.reception).send({ method: 'POST', deliveredAt: new Date().toISOString() }).expect(201);
    // The window ended 11 days ago: past the default 10-day transit grace (REVIEW_REQUEST_TRANSIT_DAYS).
    await t.dataSource.query(`UPDATE case_clock SET due_on = $2 WHERE case_id = $1 AND code = 'D6'`, [caseId, addDays(today, -11)]);
    const context = await createDeadlineServices({ ...kit.workerEnv, QUEUE_PREFIX: uniquePrefix() });
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
