import { Injectable } from '@nestjs/common';
import type { AuditLogListResponse, AuditLogQuery } from '@julu/contracts';
import { AUDIT_ACTION_LABELS } from '@julu/contracts';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { auditLogWhere, type AuditLogRow, toAuditLogEntry } from './audit-log.row';
import { AuditService } from './audit.service';

const COLUMNS = 'id, occurred_at, actor_user_id, actor_username, action, entity_type, entity_id, changes, reason, request_id, client_ip';
const EXPORT_BATCH = 1000;
/** An export larger than this must be narrowed by filters (the log grows without bound). */
export const AUDIT_EXPORT_MAX_ROWS = 200_000;

/** Search and export of the audit log for administrators and supervisors. */
@Injectable()
export class AuditLogSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: AuditLogQuery, before: string | undefined, limit: number): Promise<AuditLogListResponse> {
    const where = auditLogWhere(query, before ?? null);
    const rows: AuditLogRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ${limit + 1}`,
      where.params,
    );
    const items = rows.slice(0, limit).map(toAuditLogEntry);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /**
   * Streams the matching rows (newest first) as an .xlsx workbook into `out`, reading in keyset
   * batches so memory stays flat, after recording the export itself in the log.
   */
  async exportXlsx(query: AuditLogQuery, out: Writable): Promise<number> {
    await this.audit.record(this.dataSource.manager, {
      action: 'audit_log.export',
      entityType: 'audit_log',
      reason: `筛选条件：${JSON.stringify(query)}`,
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const sheet = workbook.addWorksheet('审计日志');
    sheet.columns = [
      { header: '序号', key: 'id', width: 10 },
      { header: '时间', key: 'occurredAt', width: 22 },
      { header: '操作人', key: 'actor', width: 16 },
      { header: '操作', key: 'action', width: 22 },
      { header: '操作代码', key: 'actionCode', width: 22 },
      { header: '对象类型', key: 'entityType', width: 14 },
      { header: '对象编号', key: 'entityId', width: 38 },
      { header: '变更内容', key: 'changes', width: 60 },
      { header: '事由', key: 'reason', width: 30 },
      { header: '请求编号', key: 'requestId', width: 38 },
      { header: '客户端地址', key: 'clientIp', width: 16 },
    ];
    sheet.getRow(1).font = { bold: true };
    let before: string | null = null;
    let count = 0;
    while (count < AUDIT_EXPORT_MAX_ROWS) {
      const where = auditLogWhere(query, before);
      const rows: AuditLogRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ${Math.min(EXPORT_BATCH, AUDIT_EXPORT_MAX_ROWS - count)}`,
        where.params,
      );
      for (const r of rows) {
        const e = toAuditLogEntry(r);
        sheet
          .addRow({
            id: Number(e.id),
            occurredAt: e.occurredAt,
            actor: e.actorUsername ?? '（系统）',
            action: AUDIT_ACTION_LABELS[e.action] ?? e.action,
            actionCode: e.action,
            entityType: e.entityType,
            entityId: e.entityId ?? '',
            changes: e.changes ? JSON.stringify(e.changes) : '',
            reason: e.reason ?? '',
            requestId: e.requestId ?? '',
            clientIp: e.clientIp ?? '',
          })
          .commit();
      }
      count += rows.length;
      if (rows.length < EXPORT_BATCH) break;
      before = rows[rows.length - 1].id;
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
}
