import { Injectable } from '@nestjs/common';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { updateRows } from '../../../core/database/typed-writes';
import { CalendarService } from '../../calendar';
import { caseHeadingOf, setCasesOverdue } from '../../petitions';
import { CLOCK_SELECT, type ClockRow } from '../clocks/clock.row';
import { CaseClockEntity } from '../entities/case-clock.entity';
import { NotificationsService } from '../inbox/notifications.service';
import { type PlannedReminder, planReminders, reminderDedupeKey, type ReminderKind } from './reminder-plan';

/** sent: someone was notified now; already-sent: everyone had been (a re-run); stale: the clock moved on. */
export type FireResult = 'sent' | 'already-sent' | 'stale' | 'not-due';

const TITLES: Record<ReminderKind, string> = { REMINDER_T5: '期限将至（5 个工作日）', REMINDER_T1: '期限将至（明日届满）', BREACH: '已超期' };

/**
 * Deadline reminders of organ clocks. Sending is idempotent: each notification row is unique per
 * (user, clock, version, kind), so a job run twice — after a worker crash, or by the sweep and the
 * delayed job both — notifies each person once. A job for an older clock version does nothing.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The reminders to schedule for the clock's current version (none for a stopped or petitioner clock). */
  async plan(clockId: string, now = new Date()): Promise<{ version: number; plan: PlannedReminder[] }> {
    const [clock]: ClockRow[] = await this.dataSource.query(`${CLOCK_SELECT} WHERE k.id = $1`, [clockId]);
    if (!clock || clock.status !== 'RUNNING' || clock.party !== 'ORGAN') return { version: clock?.version ?? 0, plan: [] };
    const { calendar } = await this.calendar.statutoryCalendar();
    return { version: clock.version, plan: planReminders(clock.started_on, clock.due_on, calendar, now) };
  }

  async fire(clockId: string, version: number, kind: ReminderKind, now = new Date()): Promise<FireResult> {
    return this.dataSource.transaction(async (m) => {
      const [clock]: ClockRow[] = await m.query(`${CLOCK_SELECT} WHERE k.id = $1 FOR UPDATE OF k`, [clockId]);
      if (!clock || clock.version !== version || clock.status !== 'RUNNING' || clock.party !== 'ORGAN') return 'stale';
      const today = chinaDate(now);
      if (kind === 'BREACH') {
        if (today <= clock.due_on) return 'not-due';
        await updateRows(m, CaseClockEntity, { id: clockId }, { overdue: true });
        await setCasesOverdue(m, [{ caseId: clock.case_id, overdue: true }]);
      }
      return (await this.send(m, clock, kind)) > 0 ? 'sent' : 'already-sent';
    });
  }

  private async send(m: EntityManager, clock: ClockRow, kind: ReminderKind): Promise<number> {
    const c = await caseHeadingOf(m, clock.case_id);
    if (!c) throw new Error(`case ${clock.case_id} of clock ${clock.id} not found`);
    const notification = {
      kind,
      title: `${TITLES[kind]}：${c.caseNo}`,
      body: `“${c.title}”的${clock.label}（${clock.article}）期限至 ${clock.due_on}${kind === 'BREACH' ? '，已超过期限，请立即办理并说明原因。' : '，请抓紧办理。'}`,
      caseId: clock.case_id,
      dedupeKey: reminderDedupeKey(clock.id, clock.version, kind),
    };
    let created = clock.responsible_unit_id ? await this.notifications.notifyUnit(m, clock.responsible_unit_id, notification) : 0;
    // A breach is escalated to the bureau's leaders (督办 is theirs to decide).
    if (kind === 'BREACH') created += await this.notifications.notifyRole(m, 'SUPERVISOR', notification);
    return created;
  }
}
