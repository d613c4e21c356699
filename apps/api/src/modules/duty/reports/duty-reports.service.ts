import { Injectable } from '@nestjs/common';
import type { CurrentUser, DutyReportDueRow, DutyReportPage, DutyReportView, SubmitDutyReportRequest } from '@julu/contracts';
import { chinaDate, chinaInstant } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { updateRows } from '../../../core/database/typed-writes';
import { conflict, forbidden, invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService } from '../../audit';
import { decodeCursor, dutyUnit, dutyUnitCondition, encodeCursor } from '../duty-units';
import { DutyReportEntity } from '../entities/duty-report.entity';
import { LIVE_REPORT, REPORT_DAYS, REPORT_SELECT, type ReportRow, toReportView } from './report.row';

export const REPORT_NOT_FOUND = '值班日报不存在或不在您的管辖范围内';
const TYPE_LABEL = { DAILY: '日报', ZERO: '零报告' } as const;
const hhmm = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

/** 值班日报 / 零报告: one live report per unit per day, due by the roster's report time (default 16:30). */
@Injectable()
export class DutyReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  private view(r: ReportRow): DutyReportView {
    return toReportView(r, this.config.DUTY_REPORT_UNDO_MINUTES);
  }

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
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (unit_id, report_date) WHERE withdrawn_at IS NULL DO NOTHING RETURNING id`,
        [
          unit.id,
          dto.reportDate,
          dto.type,
          !zero && (dto.hasAbnormal ?? false),
          zero ? content || '今日无异常情况' : content,
          dto.keyPersonDynamics?.trim() ?? '',
          now,
          user.id,
          dueAt,
        ],
      );
      if (!row) {
        const [filed]: ReportRow[] = await m.query(`${REPORT_SELECT} WHERE d.unit_id = $1 AND d.report_date = $2 AND ${LIVE_REPORT}`, [unit.id, dto.reportDate]);
        const by = filed ? `（${TYPE_LABEL[filed.type]}，${filed.submitter_name} ${hhmm(filed.submitted_at)} 报送）` : '';
        throw conflict(`${unit.name} ${dto.reportDate} 的值班日报已报送${by}，每天只报一次`);
      }
      await this.audit.record(m, {
        action: 'duty_report.submit',
        entityType: 'duty_report',
        entityId: row.id,
        changes: { type: { after: dto.type }, reportDate: { after: dto.reportDate }, late: { after: now > dueAt } },
      });
      const [view]: ReportRow[] = await m.query(`${REPORT_SELECT} WHERE d.id = $1`, [row.id]);
      return this.view(view);
    });
  }

  /**
   * 撤销: the person who filed a report takes it back within DUTY_REPORT_UNDO_MINUTES (a 零报告
   * tapped by mistake). The row stays, marked withdrawn, and counts nowhere; the day owes a report again.
   */
  async withdraw(id: string, user: CurrentUser, now = new Date()): Promise<DutyReportDueRow> {
    return this.transactions.run(async (m) => {
      const params: unknown[] = [id];
      const [row]: { unit_id: string; report_date: string; type: DutyReportView['type']; submitted_by: string; submitted_at: Date; withdrawn_at: Date | null }[] = await m.query(
        `SELECT d.unit_id, d.report_date::text AS report_date, d.type, d.submitted_by, d.submitted_at, d.withdrawn_at FROM duty_report d
         WHERE d.id = $1 AND ${dutyUnitCondition(user, 'd.unit_id', params)} FOR UPDATE`,
        params,
      );
      if (!row) throw notFound(REPORT_NOT_FOUND);
      if (row.withdrawn_at) throw conflict('该日报已撤销');
      if (row.submitted_by !== user.id) throw forbidden('只有报送人本人可以撤销值班日报');
      const minutes = this.config.DUTY_REPORT_UNDO_MINUTES;
      if (now.getTime() > row.submitted_at.getTime() + minutes * 60_000) {
        throw conflict(`报送已超过 ${minutes} 分钟，不能撤销。如内容有误，请联系县信访局值班室更正`);
      }
      await updateRows(m, DutyReportEntity, { id }, { withdrawnAt: now, withdrawnBy: user.id });
      await this.audit.record(m, {
        action: 'duty_report.withdraw',
        entityType: 'duty_report',
        entityId: id,
        changes: { type: { before: row.type }, reportDate: { before: row.report_date }, withdrawn: { before: false, after: true } },
      });
      return this.dayOf(m, row.unit_id, row.report_date, now);
    });
  }

  async list(query: { unitId?: string; cursor?: string; limit: number }, user: CurrentUser): Promise<DutyReportPage> {
    const params: unknown[] = [];
    const where = [LIVE_REPORT, dutyUnitCondition(user, 'd.unit_id', params)];
    if (query.unitId) where.push(`d.unit_id = $${params.push(query.unitId)}`);
    const after = decodeCursor(query.cursor);
    if (after) where.push(`(d.report_date, d.id) < ($${params.push(after.key)}::date, $${params.push(after.id)}::uuid)`);
    const rows: ReportRow[] = await this.dataSource.query(`${REPORT_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.report_date DESC, d.id DESC LIMIT ${query.limit + 1}`, params);
    const items = rows.slice(0, query.limit).map((r) => this.view(r));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.reportDate, last.id) : null };
  }

  /** Where one unit's report for a day stands (the caller's own unit by default): for 我的值班. */
  async day(date: string, unitId: string | undefined, user: CurrentUser, now = new Date()): Promise<DutyReportDueRow> {
    const id = unitId ?? user.orgUnitId;
    if (!id) throw invalidField('unitId', '请选择单位');
    const unit = await dutyUnit(this.dataSource.manager, id, user);
    return this.dayOf(this.dataSource.manager, unit.id, date, now);
  }

  private async dayOf(m: EntityManager, unitId: string, date: string, now: Date): Promise<DutyReportDueRow> {
    const [unit]: { name: string }[] = await m.query('SELECT name FROM org_unit WHERE id = $1', [unitId]);
    const dueAt = await this.dueAt(m, unitId, date);
    const [row]: ReportRow[] = await m.query(`${REPORT_SELECT} WHERE d.unit_id = $1 AND d.report_date = $2 AND ${LIVE_REPORT}`, [unitId, date]);
    const report = row ? this.view(row) : null;
    const state = report ? (report.late ? 'LATE' : 'SUBMITTED') : now > dueAt ? 'MISSING' : 'PENDING';
    return { unitId, unitName: unit.name, reportDate: date, dueAt: dueAt.toISOString(), state, report };
  }

  /** Every unit that owes a report on the date, and where it stands (报送, 迟报, 漏报, 待报送). */
  async due(date: string, user: CurrentUser, now = new Date()): Promise<DutyReportDueRow[]> {
    const params: unknown[] = [date];
    const rows: (ReportRow & { day_unit_id: string; day_unit_name: string; day_due_at: Date })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (x.unit_id) x.unit_id AS day_unit_id, ou.name AS day_unit_name, x.due_at AS day_due_at, rep.*
       FROM (${REPORT_DAYS}) x JOIN org_unit ou ON ou.id = x.unit_id
       LEFT JOIN LATERAL (${REPORT_SELECT} WHERE d.unit_id = x.unit_id AND d.report_date = x.report_date AND ${LIVE_REPORT}) rep ON true
       WHERE x.report_date = $1::date AND ${dutyUnitCondition(user, 'x.unit_id', params)}
       ORDER BY x.unit_id, x.due_at`,
      params,
    );
    return rows
      .map((r): DutyReportDueRow => {
        const report = r.id ? this.view(r) : null;
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
