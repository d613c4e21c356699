import { Injectable, Logger } from '@nestjs/common';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { CalendarService } from '../../calendar';
import { markCaseChanged, setCasesOverdue, setCaseState } from '../../petitions';
import { CLOCK_SELECT, type ClockRow, overdueCondition } from '../clocks/clock.row';
import { ClocksService } from '../clocks/clocks.service';
import { CaseEventsService } from '../transitions/case-events.service';
import { planReminders } from './reminder-plan';
import { RemindersService } from './reminders.service';

export interface SweepResult {
  remindersSent: number;
  casesFlagged: number;
  casesClosed: number;
}

/** How far ahead of a due date the sweep looks for reminders that should have gone out (T−5 working days fits). */
const LOOKAHEAD_DAYS = 16;

/**
 * The scheduled sweep (every DEADLINE_SWEEP_MINUTES): re-derives everything the delayed jobs do
 * from the database alone, so a lost Redis job delays a reminder by one sweep at most and never
 * loses it. It also closes cases whose petitioner let the 复查/复核 window pass (DOMAIN.md §1.10).
 */
@Injectable()
export class DeadlineSweepService {
  private readonly logger = new Logger(DeadlineSweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarService,
    private readonly reminders: RemindersService,
    private readonly clocks: ClocksService,
    private readonly events: CaseEventsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<SweepResult> {
    const today = chinaDate(now);
    let remindersSent = 0;
    const due: ClockRow[] = await this.dataSource.query(`${CLOCK_SELECT} WHERE k.status = 'RUNNING' AND k.party = 'ORGAN' AND k.due_on <= $1::date + $2::int`, [
      today,
      LOOKAHEAD_DAYS,
    ]);
    const { calendar } = await this.calendar.statutoryCalendar();
    for (const clock of due) {
      for (const reminder of planReminders(clock.started_on, clock.due_on, calendar, now).filter((r) => r.at <= now)) {
        if ((await this.reminders.fire(clock.id, clock.version, reminder.kind, now)) === 'sent') remindersSent++;
      }
    }
    // Art 36 ¶2: days paused are not counted, so a paused clock's last day is shown as of today.
    await this.transactions.run((m) => this.clocks.refreshPaused(m, null, today));
    const casesFlagged = await this.transactions.run(async (m) => {
      const changed: { case_id: string; overdue: boolean }[] = await m.query(
        `SELECT d.case_id, d.overdue FROM (SELECT c.id AS case_id, c.overdue AS was, ${overdueCondition('c.id', '$1::date')} AS overdue
         FROM petition_case c WHERE c.closed_at IS NULL) d WHERE d.was IS DISTINCT FROM d.overdue`,
        [today],
      );
      return setCasesOverdue(
        m,
        changed.map((c) => ({ caseId: c.case_id, overdue: c.overdue })),
      );
    });
    const casesClosed = await this.closeExpiredReviewWindows(today, now);
    const result = { remindersSent, casesFlagged, casesClosed };
    if (remindersSent || result.casesFlagged || casesClosed) this.logger.log(`Deadline sweep: ${JSON.stringify(result)}`);
    return result;
  }

  /**
   * A petitioner's window (D6, D8) lapses once its last day plus REVIEW_REQUEST_TRANSIT_DAYS has
   * passed: a request posted on the last day may still be on its way until then. REPLIED (or
   * REVIEW_REPLIED) is then closed, the reply stands; a case closed provisionally inside the window
   * is closed for good (its window clock stops).
   */
  private async closeExpiredReviewWindows(today: string, now: Date): Promise<number> {
    const expired: { case_id: string; code: 'D6' | 'D8'; status: string }[] = await this.dataSource.query(
      `SELECT k.case_id, k.code, c.status FROM case_clock k JOIN petition_case c ON c.id = k.case_id
       WHERE k.status = 'RUNNING' AND k.party = 'PETITIONER' AND k.due_on + $2::int < $1::date`,
      [today, this.config.REVIEW_REQUEST_TRANSIT_DAYS],
    );
    let closed = 0;
    for (const window of expired) {
      await this.transactions.run(async (m) => {
        const awaiting = (window.code === 'D6' && window.status === 'REPLIED') || (window.code === 'D8' && window.status === 'REVIEW_REPLIED');
        if (awaiting && (await this.closeCase(m, window.case_id, window.status as 'REPLIED' | 'REVIEW_REPLIED', now))) closed++;
        // Bumping the version makes a request recorded concurrently on the stale case fail with 409.
        else await markCaseChanged(m, window.case_id);
        await this.clocks.stop(m, window.case_id, [window.code], '申请复查（复核）期限届满', now);
      });
    }
    return closed;
  }

  /** 办结 by the system: the reply of the stage stands. False when the case moved meanwhile. */
  private async closeCase(m: EntityManager, caseId: string, status: 'REPLIED' | 'REVIEW_REPLIED', now: Date): Promise<boolean> {
    if (!(await setCaseState(m, caseId, { status }, { status: 'CLOSED', closedAt: now, supervision: null }))) return false;
    const note =
      status === 'REPLIED' ? '自收到处理意见书之日起 30 日内未请求复查，处理意见生效，系统自动办结' : '自收到复查意见书之日起 30 日内未请求复核，复查意见生效，系统自动办结';
    await this.events.record(m, caseId, { action: 'CLOSE', from: status, to: 'CLOSED', actorId: null, note, details: { closeReason: 'REVIEW_PERIOD_EXPIRED', automatic: true } });
    await this.audit.record(m, {
      action: 'case.close',
      entityType: 'petition_case',
      entityId: caseId,
      changes: { status: { before: status, after: 'CLOSED' } },
      actor: { id: null, username: 'system' },
    });
    await this.outbox.record(m, { eventType: 'case.transitioned', aggregateType: 'petition_case', aggregateId: caseId, payload: { action: 'CLOSE', from: status, to: 'CLOSED' } });
    return true;
  }
}
