import { Injectable, Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { updateRows } from '../../../core/database/typed-writes';
import { purgeExpiredIdempotencyKeys } from '../../../core/idempotency/idempotency-retention';
import { ExportJobEntity } from '../entities/export-job.entity';
import { exportFilePath } from './export-jobs.service';

/** How long finished export files stay downloadable. */
export const EXPORT_RETENTION_DAYS = 7;

/**
 * Periodic clean-up (worker): export files past their retention are deleted (their job rows stay,
 * marked, as the record of the export), and old idempotency keys are dropped. Idempotent: running
 * it twice removes nothing more.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async run(): Promise<{ exportFiles: number; idempotencyKeys: number }> {
    const expired: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM export_job WHERE status = 'DONE' AND error IS NULL AND finished_at < now() - make_interval(days => $1)`,
      [EXPORT_RETENTION_DAYS],
    );
    for (const { id } of expired) {
      await rm(exportFilePath(this.config.EXPORT_DIR, id), { force: true });
      await updateRows(this.dataSource.manager, ExportJobEntity, { id }, { error: `文件已按保存期限（${EXPORT_RETENTION_DAYS} 天）清理` });
    }
    const keys = await purgeExpiredIdempotencyKeys(this.dataSource.manager);
    if (expired.length || keys) this.logger.log(`Retention: ${expired.length} export files, ${keys} idempotency keys removed`);
    return { exportFiles: expired.length, idempotencyKeys: keys };
  }
}
