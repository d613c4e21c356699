import { Injectable } from '@nestjs/common';
import { type CurrentUser, type Ledger, LEDGER_LABELS } from '@julu/contracts';
import { chinaDateTime } from '@julu/domain';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { XlsxSheetWriter } from '../../../core/xlsx/xlsx-sheet-writer';
import { CASE_LEDGER_COLUMNS, type LedgerColumn, VISIT_LEDGER_COLUMNS } from './ledger-columns';
import { caseLedgerBatch, countLedger, type LedgerCursor, type LedgerQuery, visitLedgerBatch } from './ledger-queries';

const BATCH = 1000;

/**
 * Writes a ledger as an .xlsx workbook into a stream, reading in keyset batches so memory stays
 * flat however many rows there are. Rows are limited to the user's territory; personal data
 * appears masked, as in every list. A footer line names who exported it and when.
 */
@Injectable()
export class LedgerWriterService {
  constructor(private readonly dataSource: DataSource) {}

  count(ledger: Ledger, query: LedgerQuery, user: CurrentUser): Promise<number> {
    return countLedger(this.dataSource.manager, ledger, query, user);
  }

  async write(ledger: Ledger, query: LedgerQuery, user: CurrentUser, out: Writable, onProgress?: (done: number) => Promise<void>): Promise<number> {
    const columns = (ledger === 'CASES' ? CASE_LEDGER_COLUMNS : VISIT_LEDGER_COLUMNS) as LedgerColumn<unknown>[];
    const sheet = new XlsxSheetWriter(out, LEDGER_LABELS[ledger], columns);
    const m = this.dataSource.manager;
    let cursor: LedgerCursor | null = null;
    let done = 0;
    for (;;) {
      const rows: { id: string; registered_at?: Date; arrival_at?: Date }[] =
        ledger === 'CASES' ? await caseLedgerBatch(m, query, user, cursor, BATCH) : await visitLedgerBatch(m, query, user, cursor, BATCH);
      await sheet.addRows(rows.map((row) => columns.map((c) => c.value(row))));
      done += rows.length;
      if (onProgress) await onProgress(done);
      if (rows.length < BATCH) break;
      const last = rows[rows.length - 1];
      cursor = { at: (last.registered_at ?? last.arrival_at) as Date, id: last.id };
    }
    await sheet.addRows([[], [`导出人：${user.displayName}（${user.username}） 导出时间：${chinaDateTime(new Date())} 共 ${done} 行。内含个人信息，仅限工作使用，不得外传。`]]);
    await sheet.close();
    return done;
  }
}
