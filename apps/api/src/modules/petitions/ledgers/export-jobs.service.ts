import { Injectable, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES, type CurrentUser, type ExportJobView, type ExportRequest, LEDGER_LABELS } from '@julu/contracts';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { ExportJobEntity } from '../entities/export-job.entity';

export interface ExportJobRow {
  id: string;
  requester_id: string;
  ledger: ExportJobView['ledger'];
  query: ExportRequest['query'];
  status: ExportJobView['status'];
  total: number | null;
  done: number;
  file_name: string;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export const toExportJobView = (r: ExportJobRow): ExportJobView => ({
  id: r.id,
  ledger: r.ledger,
  status: r.status,
  total: r.total,
  done: r.done,
  fileName: r.file_name,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  error: r.error,
});

/** The file of a finished export inside EXPORT_DIR (named by the job id only). */
export const exportFilePath = (dir: string, id: string): string => join(dir, `${id}.xlsx`);

const notFound = (): NotFoundException => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '导出任务不存在' });

/**
 * Background ledger exports. A request stores the job and an `export.requested` event in one
 * transaction (the outbox relays it to the worker even if Redis was down); only the requester
 * can see the job or download its file, and both the request and every download are audited.
 */
@Injectable()
export class ExportJobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  request(request: ExportRequest, user: CurrentUser): Promise<ExportJobView> {
    const stamp = new Date().toISOString().slice(0, 10);
    const fileName = `${LEDGER_LABELS[request.ledger]}-${stamp}.xlsx`;
    return this.transactions.run(async (m) => {
      const job = await insertRow(m, ExportJobEntity, { requesterId: user.id, ledger: request.ledger, query: request.query, fileName }, [
        'id',
        'status',
        'total',
        'done',
        'error',
        'createdAt',
        'finishedAt',
      ]);
      const row: ExportJobRow = {
        id: job.id,
        requester_id: user.id,
        ledger: request.ledger,
        query: request.query,
        status: job.status as ExportJobRow['status'],
        total: job.total,
        done: job.done,
        file_name: fileName,
        error: job.error,
        created_at: job.createdAt,
        finished_at: job.finishedAt,
      };
      await this.outbox.record(m, { eventType: 'export.requested', aggregateType: 'export_job', aggregateId: row.id, payload: { ledger: request.ledger } });
      await this.audit.record(m, {
        action: 'export.request',
        entityType: 'export_job',
        entityId: row.id,
        reason: `${LEDGER_LABELS[request.ledger]}；筛选条件：${JSON.stringify(request.query)}`,
      });
      return toExportJobView(row);
    });
  }

  async get(id: string, user: CurrentUser): Promise<ExportJobView> {
    return toExportJobView(await this.own(id, user));
  }

  async mine(user: CurrentUser): Promise<ExportJobView[]> {
    const rows: ExportJobRow[] = await this.dataSource.query('SELECT * FROM export_job WHERE requester_id = $1 ORDER BY created_at DESC LIMIT 20', [user.id]);
    return rows.map(toExportJobView);
  }

  /** The finished file, for its requester only; the download is audited. */
  async open(id: string, user: CurrentUser): Promise<{ fileName: string; stream: Readable }> {
    const job = await this.own(id, user);
    const path = exportFilePath(this.config.EXPORT_DIR, id);
    if (job.status !== 'DONE' || !existsSync(path)) {
      throw new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: job.status === 'DONE' ? '导出文件已清理，请重新导出' : '导出尚未完成，请稍候' });
    }
    await this.audit.record(this.dataSource.manager, { action: 'export.download', entityType: 'export_job', entityId: id, reason: job.file_name });
    return { fileName: job.file_name, stream: createReadStream(path) };
  }

  private async own(id: string, user: CurrentUser): Promise<ExportJobRow> {
    const rows: ExportJobRow[] = await this.dataSource.query('SELECT * FROM export_job WHERE id = $1 AND requester_id = $2', [id, user.id]);
    if (!rows[0]) throw notFound();
    return rows[0];
  }
}
