import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nightly reconciliation's own timing (issue 19): one row per month it rebuilt. Kept apart from
 * indicator_run, which counts recomputations per (period, unit) — the worker-kill fault test reads
 * a second row there as that pair computed twice.
 */
export class IndicatorReconciliationRun1766470000000 implements MigrationInterface {
  name = 'IndicatorReconciliationRun1766470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE indicator_reconciliation_run (id bigserial PRIMARY KEY, month_key varchar(10) NOT NULL, indicators int NOT NULL, ledger_changes int NOT NULL, ms int NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE indicator_reconciliation_run');
  }
}
