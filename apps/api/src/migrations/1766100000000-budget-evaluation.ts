import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year-end self-evaluation keeps what was scored, not only its inputs: the saved row scores,
 * execution and total as they stood (indicator snapshots move on; the 自评表 must not), plus the
 * execution rate of the year they were computed from.
 */
export class BudgetEvaluation1766100000000 implements MigrationInterface {
  name = 'BudgetEvaluation1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE budget_evaluation ADD COLUMN result jsonb');
    await q.query('ALTER TABLE budget_evaluation ADD COLUMN execution_percent numeric');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE budget_evaluation DROP COLUMN execution_percent');
    await q.query('ALTER TABLE budget_evaluation DROP COLUMN result');
  }
}
