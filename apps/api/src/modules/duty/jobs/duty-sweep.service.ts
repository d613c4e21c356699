import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { NotificationsService } from '../../workflow';
import { REPORT_DAYS } from '../reports/report.row';
import { refreshShiftStatus } from '../shifts/shift-status';

export interface DutySweepResult {
  shiftsMissed: number;
  reportsMissing: number;
  reportsLate: number;
}

const SYSTEM = { id: null, username: 'system' };
const TYPE_LABEL: Record<string, string> = { H24: '全天', DAY: '白班', NIGHT: '夜班' };
/** How far back the report sweep looks (older gaps were flagged by earlier runs). */
const REPORT_LOOKBACK_DAYS = 31;

/**
 * The duty sweep (every DUTY_SWEEP_MINUTES, a Job Scheduler in the worker): marks 缺岗 a published
 * shift nobody checked in to DUTY_MISSED_AFTER_MINUTES after its start and tells the leader on duty;
 * flags daily reports missing after their due time, and reports that came in late. Each flag is a
 * state change guarded in SQL (status = 'PLANNED', ON CONFLICT DO NOTHING), so a second run, or two
 * runs at once, flag and notify nothing twice.
 */
@Injectable()
export class DutySweepService {
  private readonly logger = new Logger(DutySweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<DutySweepResult> {
    const result = await this.transactions.run(async (m) => ({
      shiftsMissed: await this.markMissedShifts(m, now),
      reportsMissing: await this.flagMissingReports(m, now),
      reportsLate: await this.flagLateReports(m),
    }));
    if (result.shiftsMissed || result.reportsMissing || result.reportsLate) this.logger.log(`Duty sweep: ${JSON.stringify(result)}`);
    return result;
  }

  /**
   * Marks 缺岗 every rostered person (the leader on duty included) of a published shift who has not
   * checked in DUTY_MISSED_AFTER_MINUTES after its start, tells the leader on duty who is missing,
   * and moves the shift to 缺岗 (nobody came) or 已完成 (the others have left).
   */
  private async markMissedShifts(m: EntityManager, now: Date): Promise<number> {
    const [missed]: [{ shift_id: string; user_id: string }[], number] = await m.query(
      `UPDATE duty_shift_member x SET missed_at = $1
       FROM duty_shift s, duty_roster r
       WHERE x.shift_id = s.id AND r.id = s.roster_id AND r.status = 'PUBLISHED' AND s.status IN ('PLANNED', 'ON_DUTY')
         AND x.check_in_at IS NULL AND x.missed_at IS NULL
         AND s.start_at + make_interval(mins => $2) <= $1
       RETURNING x.shift_id, x.user_id`,
      [now, this.config.DUTY_MISSED_AFTER_MINUTES],
    );
    const shiftIds = [...new Set(missed.map((x) => x.shift_id))];
    if (shiftIds.length === 0) return 0;
    const changed = await refreshShiftStatus(m, shiftIds, now);
    const shifts: { id: string; unit_id: string; unit_name: string; date: string; type: string; leader_id: string; names: string[] }[] = await m.query(
      `SELECT s.id, s.unit_id, u.name AS unit_name, s.date::text AS date, s.type, s.leader_id,
              array_agg(p.display_name ORDER BY x.role, x.position) AS names
       FROM duty_shift s JOIN org_unit u ON u.id = s.unit_id JOIN duty_shift_member x ON x.shift_id = s.id AND x.missed_at = $2 JOIN app_user p ON p.id = x.user_id
       WHERE s.id = ANY($1::uuid[]) GROUP BY s.id, u.name`,
      [shiftIds, now],
    );
    for (const s of shifts) {
      const whole = changed.some((c) => c.id === s.id && c.status === 'MISSED');
      const label = `${s.unit_name} ${s.date}${TYPE_LABEL[s.type] ?? ''}班次`;
      const notice = {
        kind: 'DUTY_MISSED' as const,
        title: whole ? `缺岗：${label}无人签到` : `缺岗：${label} ${s.names.join('、')} 未签到`,
        body: `${label}开始 ${this.config.DUTY_MISSED_AFTER_MINUTES} 分钟后 ${s.names.join('、')} 仍未签到，已标记为缺岗，请带班领导立即核实并安排补岗。`,
        caseId: null,
        dedupeKey: `duty-missed:${s.id}`,
      };
      await this.notifications.notifyUsers(m, [s.leader_id], notice);
      await this.audit.record(m, { action: 'duty_shift.missed', entityType: 'duty_shift', entityId: s.id, changes: { missed: { after: s.names.join('、') } }, actor: SYSTEM });
      await this.outbox.record(m, { eventType: 'duty.shift-missed', aggregateType: 'duty_shift', aggregateId: s.id, payload: { unitId: s.unit_id } });
    }
    return changed.filter((c) => c.status === 'MISSED').length;
  }

  private async flagMissingReports(m: EntityManager, now: Date): Promise<number> {
    const flagged: { unit_id: string; unit_name: string; report_date: string }[] = await m.query(
      `WITH days AS (${REPORT_DAYS} AND r.date_to >= ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date - ${REPORT_LOOKBACK_DAYS})
       INSERT INTO duty_report_flag (unit_id, report_date, kind, due_at)
       SELECT d.unit_id, d.report_date, 'MISSING', d.due_at FROM days d
       WHERE d.due_at <= $1 AND NOT EXISTS (SELECT 1 FROM duty_report x WHERE x.unit_id = d.unit_id AND x.report_date = d.report_date AND x.submitted_at <= $1 AND x.withdrawn_at IS NULL)
       ON CONFLICT DO NOTHING
       RETURNING unit_id, (SELECT name FROM org_unit WHERE id = unit_id) AS unit_name, report_date::text AS report_date`,
      [now],
    );
    for (const f of flagged) {
      const notice = {
        kind: 'DUTY_REPORT' as const,
        title: `漏报：${f.unit_name} ${f.report_date} 值班日报未报送`,
        body: `${f.unit_name} ${f.report_date} 的值班日报（或零报告）截止时间已过仍未报送，请立即补报。`,
        caseId: null,
        dedupeKey: `duty-report-missing:${f.unit_id}:${f.report_date}`,
      };
      await this.notifications.notifyUnit(m, f.unit_id, notice);
      await this.notifications.notifyRole(m, 'SUPERVISOR', notice);
    }
    return flagged.length;
  }

  private async flagLateReports(m: EntityManager): Promise<number> {
    const flagged: { unit_id: string; unit_name: string; report_date: string }[] = await m.query(
      `INSERT INTO duty_report_flag (unit_id, report_date, kind, due_at)
       SELECT d.unit_id, d.report_date, 'LATE', d.due_at FROM duty_report d WHERE d.submitted_at > d.due_at AND d.withdrawn_at IS NULL
       ON CONFLICT DO NOTHING
       RETURNING unit_id, (SELECT name FROM org_unit WHERE id = unit_id) AS unit_name, report_date::text AS report_date`,
    );
    for (const f of flagged) {
      await this.notifications.notifyRole(m, 'SUPERVISOR', {
        kind: 'DUTY_REPORT',
        title: `迟报：${f.unit_name} ${f.report_date} 值班日报`,
        body: `${f.unit_name} ${f.report_date} 的值班日报在截止时间后才报送，已记为迟报。`,
        caseId: null,
        dedupeKey: `duty-report-late:${f.unit_id}:${f.report_date}`,
      });
    }
    return flagged.length;
  }
}
