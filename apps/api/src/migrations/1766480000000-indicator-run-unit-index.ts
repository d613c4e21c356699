import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19.3: a snapshot is now written only when its figures change, so the dashboard reads when a
 * (period, unit) was last computed from indicator_run — the newest row of the pair, one index probe.
 */
export class IndicatorRunUnitIndex1766480000000 implements MigrationInterface {
  name = 'IndicatorRunUnitIndex1766480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX indicator_run_unit_idx ON indicator_run (period_key, org_unit_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX indicator_run_unit_idx');
  }
}
