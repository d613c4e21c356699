import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../workflow';

/** Limits passed this long ago are no longer news: the sweep looks back this far only. */
const LOOK_BACK_HOURS = 48;

interface OverdueRow {
  id: string;
  incident_no: string;
  title: string;
  township_id: string;
  township_name: string;
  phone_overdue: boolean;
  written_overdue: boolean;
}

/**
 * Tells the bureau's leaders and the township when a report limit has passed without the report.
 * Idempotent: each (incident, limit) notifies each person once (notification dedupe key), so the
 * sweep may run every minute and twice over.
 */
@Injectable()
export class IncidentLimitSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async run(now = new Date()): Promise<number> {
    const rows: OverdueRow[] = await this.dataSource.query(
      `SELECT i.id, i.incident_no, i.title, i.township_id, t.name AS township_name,
              i.phone_reported_at IS NULL AND i.discovered_at + make_interval(mins => i.phone_limit_minutes) < $1 AS phone_overdue,
              i.written_reported_at IS NULL AND i.discovered_at + make_interval(mins => i.written_limit_minutes) < $1 AS written_overdue
       FROM incident i JOIN org_unit t ON t.id = i.township_id
       WHERE (i.phone_reported_at IS NULL OR i.written_reported_at IS NULL) AND i.source = 'SELF'
         AND i.discovered_at > $1::timestamptz - make_interval(hours => $2)`,
      [now, LOOK_BACK_HOURS],
    );
    let sent = 0;
    await this.dataSource.transaction(async (m) => {
      for (const r of rows) {
        for (const [limit, overdue, label] of [
          ['phone', r.phone_overdue, '电话报告'],
          ['written', r.written_overdue, '书面报告'],
        ] as const) {
          if (!overdue) continue;
          const n = {
            kind: 'INCIDENT' as const,
            title: `${label}已超时：${r.title}`,
            body: `${r.incident_no}（${r.township_name}）${label}时限已过，请立即报告`,
            caseId: null,
            dedupeKey: `incident:${r.id}:${limit}-overdue`,
          };
          sent += await this.notifications.notifyRole(m, 'SUPERVISOR', n);
          sent += await this.notifications.notifyUnit(m, r.township_id, n);
        }
      }
    });
    return sent;
  }
}
