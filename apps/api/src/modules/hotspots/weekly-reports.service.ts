import { Injectable } from '@nestjs/common';
import type { CurrentUser, WeeklyReportStatusRow } from '@julu/contracts';
import { addDays, chinaDate, isWeekStart, weekStartOf } from '@julu/domain';
import { DataSource } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { forbidden, invalidField } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import type { WeeklyReportDto } from './dto/weekly-report.dto';

/** 每周排查: each township reports its week (a zero report is a report); the status of a week. */
@Injectable()
export class WeeklyReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Submits (or corrects) the township's report of a week that has begun. */
  async submit(dto: WeeklyReportDto, user: CurrentUser): Promise<WeeklyReportStatusRow> {
    if (!coversTownship(territoryOf(user), dto.townshipId)) throw forbidden('只能报送本乡镇（开发区）的排查情况');
    if (!isWeekStart(dto.weekStart)) throw invalidField('weekStart', '周次应为该周周一的日期');
    if (dto.weekStart > chinaDate(new Date())) throw invalidField('weekStart', '不能报送尚未开始的周次');
    return this.transactions.run(async (m) => {
      const township: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [dto.townshipId]);
      if (township.length === 0) throw invalidField('townshipId', '请选择乡镇（开发区）');
      await m.query(
        `INSERT INTO hotspot_weekly_report (township_id, week_start, zero_report, note, submitted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (township_id, week_start) DO UPDATE SET zero_report = EXCLUDED.zero_report, note = EXCLUDED.note, submitted_by = EXCLUDED.submitted_by, submitted_at = now()`,
        [dto.townshipId, dto.weekStart, dto.zeroReport, dto.note.trim(), user.id],
      );
      await this.audit.record(m, {
        action: 'hotspot.weekly_report',
        entityType: 'org_unit',
        entityId: dto.townshipId,
        changes: { weekStart: { after: dto.weekStart }, zeroReport: { after: dto.zeroReport } },
      });
      await this.outbox.record(m, {
        eventType: 'hotspot.weekly-reported',
        aggregateType: 'org_unit',
        aggregateId: dto.townshipId,
        payload: { weekStart: dto.weekStart, zeroReport: dto.zeroReport },
      });
      const rows = await this.week(dto.weekStart, user, dto.townshipId);
      return rows[0];
    });
  }

  /** Every township of the caller's territory for the week (default: the current week). */
  async week(weekStart: string | undefined, user: CurrentUser, townshipId?: string): Promise<WeeklyReportStatusRow[]> {
    const week = weekStart ?? weekStartOf(chinaDate(new Date()));
    if (!isWeekStart(week)) throw invalidField('weekStart', '周次应为该周周一的日期');
    const params: unknown[] = [week, addDays(week, 7)];
    const conditions = [`t.type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE')`, 't.retired_at IS NULL', townshipCondition(territoryOf(user), 't.id', params)];
    if (townshipId) {
      params.push(townshipId);
      conditions.push(`t.id = $${params.length}::uuid`);
    }
    const rows: {
      id: string;
      name: string;
      zero_report: boolean | null;
      note: string | null;
      submitted_by_name: string | null;
      submitted_at: Date | null;
      missing: boolean;
      new_hotspots: number;
    }[] = await this.dataSource.query(
      `SELECT t.id, t.name, r.zero_report, r.note, u.display_name AS submitted_by_name, r.submitted_at, (x.township_id IS NOT NULL) AS missing,
              (SELECT count(*)::int FROM risk_hotspot h WHERE h.township_id = t.id AND h.found_on >= $1::date AND h.found_on < $2::date) AS new_hotspots
       FROM org_unit t
       LEFT JOIN hotspot_weekly_report r ON r.township_id = t.id AND r.week_start = $1::date
       LEFT JOIN app_user u ON u.id = r.submitted_by
       LEFT JOIN hotspot_weekly_missing x ON x.township_id = t.id AND x.week_start = $1::date
       WHERE ${conditions.join(' AND ')} ORDER BY t.sort_order, t.name`,
      params,
    );
    return rows.map((r) => ({
      townshipId: r.id,
      townshipName: r.name,
      weekStart: week,
      submitted: r.submitted_at !== null,
      zeroReport: r.zero_report,
      note: r.note,
      submittedByName: r.submitted_by_name,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      flaggedMissing: r.missing,
      newHotspots: r.new_hotspots,
    }));
  }
}
