import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicator snapshots per (indicator, period, org unit), their history (every change of value, for
 * corrections of earlier periods), and the dirty list that coalesces bursts of events into one
 * recomputation per period and unit.
 */
export class Indicators1765900000000 implements MigrationInterface {
  name = 'Indicators1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_snapshot (
        indicator_code varchar(40) NOT NULL,
        period_key varchar(10) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        numerator numeric NOT NULL,
        denominator numeric NOT NULL,
        value numeric,
        definition_version int NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_code, period_key, org_unit_id)
      )`);
    await q.query('CREATE INDEX indicator_snapshot_period_idx ON indicator_snapshot (period_key, org_unit_id)');
    await q.query(`
      CREATE TABLE indicator_snapshot_history (
        id bigserial PRIMARY KEY,
        indicator_code varchar(40) NOT NULL,
        period_key varchar(10) NOT NULL,
        org_unit_id uuid NOT NULL,
        numerator numeric NOT NULL,
        denominator numeric NOT NULL,
        value numeric,
        definition_version int NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX indicator_snapshot_history_idx ON indicator_snapshot_history (indicator_code, period_key, org_unit_id, id)');
    await q.query(`
      CREATE TABLE indicator_dirty (
        period_key varchar(10) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        dirty_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        first_dirty_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (period_key, org_unit_id)
      )`);
    // Counts recomputations, so tests and operators can see that bursts were coalesced.
    await q.query(
      `CREATE TABLE indicator_run (id bigserial PRIMARY KEY, period_key varchar(10) NOT NULL, org_unit_id uuid NOT NULL, indicators int NOT NULL, ms int NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['indicator_run', 'indicator_dirty', 'indicator_snapshot_history', 'indicator_snapshot']) await q.query(`DROP TABLE ${table}`);
  }
}
