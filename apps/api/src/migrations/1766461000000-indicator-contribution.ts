import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contribution ledger of the indicators whose records are a case's (issue 19 point 2): one row
 * per (indicator, record, month) with what the record adds to the numerator and denominator and the
 * township it counts for (NULL: the county only, as for a 检举控告 against its own township). A
 * snapshot of such an indicator is the sum of its rows over the period's months, kept by deltas on
 * each case event; `indicator_ledger_year` marks the years whose ledger and snapshots were built by
 * a full reconciliation and may since be kept by deltas.
 */
export class IndicatorContribution1766461000000 implements MigrationInterface {
  name = 'IndicatorContribution1766461000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_contribution (
        indicator_code varchar(40) NOT NULL,
        record_id text NOT NULL,
        month_key varchar(7) NOT NULL,
        case_id uuid NOT NULL,
        unit_id uuid,
        numerator numeric NOT NULL,
        denominator numeric NOT NULL,
        PRIMARY KEY (indicator_code, month_key, record_id)
      )`);
    await q.query('CREATE INDEX indicator_contribution_case_idx ON indicator_contribution (case_id)');
    await q.query(`CREATE TABLE indicator_ledger_year (year int PRIMARY KEY, reconciled_at timestamptz NOT NULL DEFAULT now(), drift int NOT NULL DEFAULT 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE indicator_ledger_year');
    await q.query('DROP TABLE indicator_contribution');
  }
}
