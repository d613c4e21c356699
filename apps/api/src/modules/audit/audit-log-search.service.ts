import { Injectable } from '@nestjs/common';
import type { AuditLogListResponse, AuditLogQuery } from '@julu/contracts';
import { AUDIT_ACTION_LABELS } from '@julu/contracts';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { XlsxSheetWriter } from '../../core/xlsx/xlsx-sheet-writer';
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
    const rows: AuditLogRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ${limit + 1}`, where.params);
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
    const sheet = new XlsxSheetWriter(out, '审计日志', [
      { header: '序号', width: 10 },
      { header: '时间', width: 22 },
      { header: '操作人', width: 16 },
      { header: '操作', width: 22 },
      { header: '操作代码', width: 22 },
      { header: '对象类型', width: 14 },
      { header: '对象编号', width: 38 },
      { header: '变更内容', width: 60 },
      { header: '事由', width: 30 },
      { header: '请求编号', width: 38 },
      { header: '客户端地址', width: 16 },
    ]);
    let before: string | null = null;
    let count = 0;
    while (count < AUDIT_EXPORT_MAX_ROWS) {
      const where = auditLogWhere(query, before);
      const rows: AuditLogRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY id DESC LIMIT ${Math.min(EXPORT_BATCH, AUDIT_EXPORT_MAX_ROWS - count)}`,
        where.params,
      );
      await sheet.addRows(
        rows.map((r) => {
          const e = toAuditLogEntry(r);
          return [
            Number(e.id),
            e.occurredAt,
            e.actorUsername ?? '（系统）',
            AUDIT_ACTION_LABELS[e.action] ?? e.action,
            e.action,
            e.entityType,
            e.entityId ?? '',
            e.changes ? JSON.stringify(e.changes) : '',
            e.reason ?? '',
            e.requestId ?? '',
            e.clientIp ?? '',
          ];
        }),
      );
      count += rows.length;
      if (rows.length < EXPORT_BATCH) break;
      before = rows[rows.length - 1].id;
    }
    await sheet.close();
    return count;
  }
}
