import { Injectable, Logger } from '@nestjs/common';
import { chinaDate } from '@julu/domain';
import { DataSource } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { CalendarService } from '../../calendar';
import { CLOCK_SELECT, type ClockRow } from '../clocks/clock.row';
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
  ) {}

  async run(now = new Date()): Promise<SweepResult> {
    const today = chinaDate(now);
    let remindersSent = 0;
    const due: ClockRow[] = await this.dataSource.query(
      `${CLOCK_SELECT} WHERE k.status = 'RUNNING' AND k.party = 'ORGAN' AND k.due_on <= $1::date + $2::int`,
      [today, LOOKAHEAD_DAYS],
    );
    const { calendar } = await this.calendar.statutoryCalendar();
    for (const clock of due) {
      for (const reminder of planReminders(clock.started_on, clock.due_on, calendar, now).filter((r) => r.at <= now)) {
        if ((await this.reminders.fire(clock.id, clock.version, reminder.kind, now)) === 'sent') remindersSent++;
      }
    }
    const flagged: unknown[] = await this.dataSource.query(
      `UPDATE petition_case c SET overdue = d.overdue FROM (
         SELECT c2.id, EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c2.id AND k.status <> 'STOPPED' AND k.party = 'ORGAN' AND k.due_on < $1::date) AS overdue
         FROM petition_case c2 WHERE c2.closed_at IS NULL) d
       WHERE c.id = d.id AND c.overdue IS DISTINCT FROM d.overdue RETURNING c.id`,
      [today],
    );
    const casesClosed = await this.closeExpiredReviewWindows(today, now);
    const result = { remindersSent, casesFlagged: rowCount(flagged), casesClosed };
    if (remindersSent || result.casesFlagged || casesClosed) this.logger.log(`Deadline sweep: ${JSON.stringify(result)}`);
    return result;
  }

  /** REPLIED whose D6 (or REVIEW_REPLIED whose D8) has run out: 办结, the reply stands. */
  private async closeExpiredReviewWindows(today: string, now: Date): Promise<number> {
    const expired: { case_id: string; status: 'REPLIED' | 'REVIEW_REPLIED' }[] = await this.dataSource.query(
      `SELECT k.case_id, c.status FROM case_clock k JOIN petition_case c ON c.id = k.case_id
       WHERE k.status = 'RUNNING' AND k.party = 'PETITIONER' AND k.due_on < $1::date
         AND ((k.code = 'D6' AND c.status = 'REPLIED') OR (k.code = 'D8' AND c.status = 'REVIEW_REPLIED'))`,
      [today],
    );
    for (const { case_id: caseId, status } of expired) {
      await this.transactions.run(async (m) => {
        const updated: unknown = await m.query(
          `UPDATE petition_case SET status = 'CLOSED', version = version + 1, closed_at = $3, updated_at = now(),
             supervision_level = NULL, supervision_since = NULL, supervision_note = NULL
           WHERE id = $1 AND status = $2 RETURNING id`,
          [caseId, status, now],
        );
        if (rowCount(updated) === 0) return;
        await this.clocks.stop(m, caseId, ['D6', 'D8'], '申请复查（复核）期限届满', now);
        const note = status === 'REPLIED' ? '自收到处理意见书之日起 30 日内未请求复查，处理意见生效，系统自动办结' : '自收到复查意见书之日起 30 日内未请求复核，复查意见生效，系统自动办结';
        await this.events.record(m, caseId, { action: 'CLOSE', from: status, to: 'CLOSED', actorId: null, note, details: { closeReason: 'REVIEW_PERIOD_EXPIRED', automatic: true } });
        await this.audit.record(m, { action: 'case.close', entityType: 'petition_case', entityId: caseId, changes: { status: { before: status, after: 'CLOSED' } }, actor: { id: null, username: 'system' } });
        await this.outbox.record(m, { eventType: 'case.transitioned', aggregateType: 'petition_case', aggregateId: caseId, payload: { action: 'CLOSE', from: status, to: 'CLOSED' } });
      });
    }
    return expired.length;
  }
}

function rowCount(result: unknown): number {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as unknown[]).length : (result as unknown[]).length;
}
