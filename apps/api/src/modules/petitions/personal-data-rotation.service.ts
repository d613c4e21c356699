import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../../core/personal-data/personal-data-cipher';
import { type EncryptedColumn, petitionerCipherContext, REVEAL_COLUMNS } from './petitioner.row';

const COLUMNS: readonly EncryptedColumn[] = Object.values(REVEAL_COLUMNS);
/** Rows rewritten per transaction: short locks, steady progress, a crash loses at most one batch's work. */
export const ROTATION_BATCH = 200;

/**
 * Rewrites personal data that is not in the current form: the v1 format (no associated data, so a
 * value could be copied to another row) or a key other than the active one (after a key rotation:
 * add the new key, make it active, let this run, then retire the old key). Each batch runs in its
 * own transaction and skips rows another transaction holds; the plaintext never leaves this process.
 * Idempotent: a second run finds nothing to do.
 */
@Injectable()
export class PersonalDataRotationService {
  private readonly logger = new Logger(PersonalDataRotationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async run(): Promise<{ rewritten: number }> {
    const current = this.cipher.currentPrefix();
    let rewritten = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.transaction(async (m) => {
        const stale = COLUMNS.map((c) => `(${c} IS NOT NULL AND left(${c}, length($2)) <> $2)`).join(' OR ');
        const rows: (Record<EncryptedColumn, string | null> & { id: string })[] = await m.query(
          `SELECT id, ${COLUMNS.join(', ')} FROM petitioner WHERE id > $1 AND (${stale}) ORDER BY id LIMIT ${ROTATION_BATCH} FOR UPDATE SKIP LOCKED`,
          [after, current],
        );
        for (const row of rows) {
          const values = COLUMNS.map((column) => {
            const stored = row[column];
            if (stored === null || !this.cipher.needsRotation(stored)) return stored;
            const context = petitionerCipherContext(row.id, column);
            return this.cipher.encrypt(this.cipher.decrypt(stored, context), context);
          });
          await m.query(`UPDATE petitioner SET ${COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [row.id, ...values]);
        }
        return rows;
      });
      rewritten += batch.length;
      if (batch.length < ROTATION_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    if (rewritten > 0) this.logger.log(`Personal data: ${rewritten} petitioner record(s) rewritten with the active key`);
    return { rewritten };
  }
}
