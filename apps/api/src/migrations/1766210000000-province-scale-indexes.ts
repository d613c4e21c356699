import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the indicator sources need at province scale (docs/BENCHMARKS.md, province): each
 * source restricts its records by a date of the period, and without these a month of a
 * million-case database was read by scanning whole tables — stopped clocks by due date, evaluations
 * by the day they were recorded, duty shifts by their start.
 */
export class ProvinceScaleIndexes1766210000000 implements MigrationInterface {
  name = 'ProvinceScaleIndexes1766210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX case_clock_due_on_idx ON case_clock (due_on, code)');
    await q.query('CREATE INDEX case_evaluation_recorded_idx ON case_evaluation (recorded_at)');
    await q.query('CREATE INDEX duty_shift_start_idx ON duty_shift (start_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX duty_shift_start_idx');
    await q.query('DROP INDEX case_evaluation_recorded_idx');
    await q.query('DROP INDEX case_clock_due_on_idx');
  }
}
