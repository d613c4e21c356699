import { Injectable } from '@nestjs/common';
import type { CurrentUser, DutyReportDueRow, DutyReportPage, DutyReportView, SubmitDutyReportRequest } from '@julu/contracts';
import { chinaDate, chinaInstant } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { conflict, invalidField } from '../../../core/http/api-errors';
import { AuditService } from '../../audit';
import { decodeCursor, dutyUnit, dutyUnitCondition, encodeCursor } from '../duty-units';
import { REPORT_DAYS, REPORT_SELECT, type ReportRow, toReportView } from './report.row';

/** 值班日报 / 零报告: one per unit per day, due by the roster's report time (default 16:30). */
@Injectable()
export class DutyReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async submit(dto: SubmitDutyReportRequest, user: CurrentUser, now = new Date()): Promise<DutyReportView> {
    const unitId = dto.unitId ?? user.orgUnitId;
    if (!unitId) throw invalidField('unitId', '请选择报送单位');
    if (dto.reportDate > chinaDate(now)) throw invalidField('reportDate', '不能报送以后日期的日报');
    const zero = dto.type === 'ZERO';
    const content = dto.content?.trim() ?? '';
    if (zero && dto.hasAbnormal) throw invalidField('hasAbnormal', '零报告表示无异常情况；有异常请报送日报');
    if (!zero && !content) throw invalidField('content', '请填写日报内容');
    return this.transactions.run(async (m) => {
      const unit = await dutyUnit(m, unitId, user);
      const dueAt = await this.dueAt(m, unit.id, dto.reportDate);
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO duty_report (unit_id, report_date, type, has_abnormal, content, key_person_dynamics, submitted_at, submitted_by, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (unit_id, report_date) DO NOTHING RETURNING id`,
        [unit.id, dto.reportDate, dto.type, !zero && (dto.hasAbnormal ?? false), zero ? content || '今日无异常情况' : content, dto.keyPersonDynamics?.trim() ?? '', now, user.id, dueAt],
      );
      if (!row) throw conflict(`${unit.name} ${dto.reportDate} 的值班日报已报送`);
      await this.audit.record(m, { action: 'duty_report.submit', entityType: 'duty_report', entityId: row.id, changes: { type: { after: dto.type }, reportDate: { after: dto.reportDate }, late: { after: now > dueAt } } });
      const [view]: ReportRow[] = await m.query(`${REPORT_SELECT} WHERE d.id = $1`, [row.id]);
      return toReportView(view);
    });
  }

  async list(query: { unitId?: string; cursor?: string; limit: number }, user: CurrentUser): Promise<DutyReportPage> {
    const params: unknown[] = [];
    const where = [dutyUnitCondition(user, 'd.unit_id', params)];
    if (query.unitId) where.push(`d.unit_id = $${params.push(query.unitId)}`);
    const after = decodeCursor(query.cursor);
    if (after) where.push(`(d.report_date, d.id) < ($${params.push(after.key)}::date, $${params.push(after.id)}::uuid)`);
    const rows: ReportRow[] = await this.dataSource.query(`${REPORT_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.report_date DESC, d.id DESC LIMIT ${query.limit + 1}`, params);
    const items = rows.slice(0, query.limit).map(toReportView);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.reportDate, last.id) : null };
  }

  /** Every unit that owes a report on the date, and where it stands (报送, 迟报, 漏报, 待报送). */
  async due(date: string, user: CurrentUser, now = new Date()): Promise<DutyReportDueRow[]> {
    const params: unknown[] = [date];
    const rows: (ReportRow & { day_unit_id: string; day_unit_name: string; day_due_at: Date })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (x.unit_id) x.unit_id AS day_unit_id, ou.name AS day_unit_name, x.due_at AS day_due_at, rep.*
       FROM (${REPORT_DAYS}) x JOIN org_unit ou ON ou.id = x.unit_id
       LEFT JOIN LATERAL (${REPORT_SELECT} WHERE d.unit_id = x.unit_id AND d.report_date = x.report_date) rep ON true
       WHERE x.report_date = $1::date AND ${dutyUnitCondition(user, 'x.unit_id', params)}
       ORDER BY x.unit_id, x.due_at`,
      params,
    );
    return rows
      .map((r): DutyReportDueRow => {
        const report = r.id ? toReportView(r) : null;
        const state = report ? (report.late ? 'LATE' : 'SUBMITTED') : now > r.day_due_at ? 'MISSING' : 'PENDING';
        return { unitId: r.day_unit_id, unitName: r.day_unit_name, reportDate: date, dueAt: r.day_due_at.toISOString(), state, report };
      })
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  }

  /** The report time of the roster covering the day, else the configured default. */
  private async dueAt(m: EntityManager, unitId: string, date: string): Promise<Date> {
    const [roster]: { report_due_time: string }[] = await m.query(
      `SELECT report_due_time FROM duty_roster WHERE unit_id = $1 AND status IN ('PUBLISHED', 'CLOSED') AND date_from <= $2 AND date_to >= $2 LIMIT 1`,
      [unitId, date],
    );
    const [h, min] = (roster?.report_due_time ?? this.config.DUTY_REPORT_DUE_TIME).split(':').map(Number);
    return chinaInstant(date, h, min);
  }
}
