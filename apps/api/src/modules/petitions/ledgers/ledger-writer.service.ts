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
    const batch = (cursor: LedgerCursor | null): Promise<{ id: string; registered_at?: Date; arrival_at?: Date }[]> => {
      const read = ledger === 'CASES' ? caseLedgerBatch(m, query, user, cursor, BATCH) : visitLedgerBatch(m, query, user, cursor, BATCH);
      read.catch(() => undefined); // awaited below; a write failing first must not leave it unhandled
      return read;
    };
    let done = 0;
    // The next batch is read while this one is written: the database and the writer work at once.
    let next = batch(null);
    for (;;) {
      const rows = await next;
      const last = rows.at(-1);
      const more = rows.length === BATCH && last !== undefined;
      if (more) next = batch({ at: (last.registered_at ?? last.arrival_at) as Date, id: last.id });
      await sheet.addRows(rows.map((row) => columns.map((c) => c.value(row))));
      done += rows.length;
      if (onProgress) await onProgress(done);
      if (!more) break;
    }
    await sheet.addRows([[], [`导出人：${user.displayName}（${user.username}） 导出时间：${chinaDateTime(new Date())} 共 ${done} 行。内含个人信息，仅限工作使用，不得外传。`]]);
    await sheet.close();
    return done;
  }
}
