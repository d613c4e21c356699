import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 参评率 (PARTICIPATION_RATE) finds the stages whose evaluation window ends in the period through
 * the notices delivered in the matching range, instead of grouping every notice ever delivered
 * (16 s for a month of a million-case province before, docs/BENCHMARKS.md).
 */
export class NoticeDeliveryIndex1766220000000 implements MigrationInterface {
  name = 'NoticeDeliveryIndex1766220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX case_notice_delivered_idx ON case_notice (delivered_at) WHERE delivered_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX case_notice_delivered_idx');
  }
}
