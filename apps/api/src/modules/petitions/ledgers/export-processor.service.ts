import { Injectable, Logger } from '@nestjs/common';
import type { CurrentUser } from '@julu/contracts';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { runInScopeOf } from '../../../core/database/row-security';
import { SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { createPrivateWriteStream, ensurePrivateDir } from '../../../core/storage/private-files';
import { ExportJobEntity } from '../entities/export-job.entity';
import { exportFilePath, type ExportJobRow } from './export-jobs.service';
import { LedgerWriterService } from './ledger-writer.service';

/**
 * Runs one background export (worker side). Idempotent: a finished job is skipped, and a job
 * retried after a crash rewrites its file from the start into a temporary name that replaces the
 * final file only when complete. The rows are those the requester may see at run time.
 */
@Injectable()
export class ExportProcessorService {
  private readonly logger = new Logger(ExportProcessorService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: LedgerWriterService,
    private readonly config: AppConfig,
  ) {}

  async run(jobId: string): Promise<'done' | 'skipped'> {
    const rows: (ExportJobRow & { username: string; display_name: string; role: CurrentUser['role']; org_unit_id: string | null; disabled_at: Date | null })[] =
      await this.dataSource.query(
        `SELECT j.*, u.username, u.display_name, u.role, u.org_unit_id, u.disabled_at
         FROM export_job j JOIN app_user u ON u.id = j.requester_id WHERE j.id = $1`,
        [jobId],
      );
    const job = rows[0];
    if (!job || job.status === 'DONE' || job.status === 'FAILED') return 'skipped';
    if (job.disabled_at) {
      await this.fail(jobId, '申请人账号已停用，导出取消');
      return 'skipped';
    }
    const requester: CurrentUser = { id: job.requester_id, username: job.username, displayName: job.display_name, role: job.role, orgUnitId: job.org_unit_id, orgUnitName: null };
    // The worker is system work; the rows are read within the requester's reach (row-level security).
    const total = await runInScopeOf(requester, () => this.writer.count(job.ledger, job.query, requester));
    const m = this.dataSource.manager;
    await updateRows(m, ExportJobEntity, { id: jobId }, { status: 'RUNNING', startedAt: SQL_NOW, total, done: 0, error: null });

    await ensurePrivateDir(this.config.EXPORT_DIR);
    const final = exportFilePath(this.config.EXPORT_DIR, jobId);
    const partial = `${final}.part`;
    const out = createPrivateWriteStream(partial);
    try {
      const done = await runInScopeOf(requester, () =>
        this.writer.write(job.ledger, job.query, requester, out, (n) => updateRows(m, ExportJobEntity, { id: jobId }, { done: n }).then(() => undefined)),
      );
      await finished(out);
      await rename(partial, final);
      await updateRows(m, ExportJobEntity, { id: jobId }, { status: 'DONE', done, finishedAt: SQL_NOW });
      this.logger.log(`Export ${jobId}: ${done} rows`);
      return 'done';
    } catch (error) {
      out.destroy();
      await rm(partial, { force: true });
      await updateRows(m, ExportJobEntity, { id: jobId }, { status: 'QUEUED', error: (error as Error).message });
      throw error;
    }
  }

  /** Called when the queue gives up on a job: the requester sees why. */
  async fail(jobId: string, message: string): Promise<void> {
    await this.dataSource.query(`UPDATE export_job SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND status <> 'DONE'`, [jobId, message]);
  }
}
