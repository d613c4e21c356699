import { ConflictException, Injectable } from '@nestjs/common';
import { API_ERROR_CODES, type CurrentUser, DIRECT_EXPORT_MAX_ROWS, type Ledger, LEDGER_LABELS } from '@julu/contracts';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import type { LedgerQuery } from './ledger-queries';
import { LedgerWriterService } from './ledger-writer.service';

/** Direct (at once) ledger downloads, bounded and audited. */
@Injectable()
export class LedgersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: LedgerWriterService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Streams the ledger into `out` when it holds at most DIRECT_EXPORT_MAX_ROWS rows; a larger one
   * is refused with the row count, pointing to the background export. Headers are set through
   * `start` only once the request is accepted, so a refusal is an ordinary JSON error.
   */
  async direct(ledger: Ledger, query: LedgerQuery, user: CurrentUser, start: (fileName: string) => void, out: Writable): Promise<void> {
    const rows = await this.writer.count(ledger, query, user);
    if (rows > DIRECT_EXPORT_MAX_ROWS) {
      throw new ConflictException({
        code: API_ERROR_CODES.CONFLICT,
        message: `共 ${rows} 行，超过 ${DIRECT_EXPORT_MAX_ROWS} 行，请使用“后台导出”，完成后下载`,
        details: { rows },
      });
    }
    await this.audit.record(this.dataSource.manager, {
      action: 'ledger.export',
      entityType: 'ledger',
      entityId: ledger,
      reason: `${LEDGER_LABELS[ledger]}（${rows} 行）；筛选条件：${JSON.stringify(query)}`,
    });
    start(`${LEDGER_LABELS[ledger]}-${new Date().toISOString().slice(0, 10)}.xlsx`);
    await this.writer.write(ledger, query, user, out);
  }
}
