import { Injectable, Logger } from '@nestjs/common';
import { addDays, chinaDate, isWeekStart, weekStartOf } from '@julu/domain';
import { Transactions } from '../../core/database/transactions';
import { OutboxService } from '../../core/outbox/outbox.service';
import { NotificationsService } from '../workflow';

/**
 * The weekly check of 排查 reports: flags each township without a report for the week and tells
 * its officers and the bureau's supervisors. Idempotent: a township is flagged once per week (the
 * flag's primary key) and notified once (the notification's dedupe key), however often it runs.
 */
@Injectable()
export class WeeklyCheckService {
  private readonly logger = new Logger(WeeklyCheckService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** The scheduled run: checks the week that ended before today's week. */
  async run(now = new Date()): Promise<string[]> {
    return this.flagMissing(addDays(weekStartOf(chinaDate(now)), -7));
  }

  /** Flags the townships with no report for the week; returns the names of those newly flagged. */
  async flagMissing(weekStart: string): Promise<string[]> {
    if (!isWeekStart(weekStart)) throw new Error(`not a Monday: ${weekStart}`);
    return this.transactions.run(async (m) => {
      const flagged: { township_id: string; name: string }[] = await m.query(
        `INSERT INTO hotspot_weekly_missing (township_id, week_start)
         SELECT t.id, $1::date FROM org_unit t
         WHERE t.type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND t.retired_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hotspot_weekly_report r WHERE r.township_id = t.id AND r.week_start = $1::date)
         ON CONFLICT (township_id, week_start) DO NOTHING
         RETURNING township_id, (SELECT name FROM org_unit WHERE id = township_id) AS name`,
        [weekStart],
      );
      for (const t of flagged) {
        const n = { kind: 'HOTSPOT_WEEKLY' as const, caseId: null, dedupeKey: `hotspot-weekly:${t.township_id}:${weekStart}` };
        await this.notifications.notifyUnit(m, t.township_id, {
          ...n,
          title: `未报送每周排查情况（${weekStart} 起一周）`,
          body: `${t.name}尚未报送${weekStart}起一周的信访隐患排查情况（无隐患也须零报告），请尽快报送。`,
        });
        await this.notifications.notifyRole(m, 'SUPERVISOR', { ...n, title: `${t.name}未报送每周排查`, body: `${t.name}未报送${weekStart}起一周的信访隐患排查情况。` });
        await this.outbox.record(m, { eventType: 'hotspot.weekly-missing', aggregateType: 'org_unit', aggregateId: t.township_id, payload: { weekStart } });
      }
      if (flagged.length > 0) this.logger.log(`Weekly 排查 ${weekStart}: ${flagged.length} township(s) without a report`);
      return flagged.map((t) => t.name).sort();
    });
  }
}
