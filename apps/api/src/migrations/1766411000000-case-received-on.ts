import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 收到日期: the day the organ received the matter (Arts 22, 23 count their 15 days from 收到): a
 * letter's arrival, an online submission's day; for a visit or a call the day of registration.
 * Null on cases registered before it was recorded: their registration day stands in.
 */
export class CaseReceivedOn1766411000000 implements MigrationInterface {
  name = 'CaseReceivedOn1766411000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petition_case ADD COLUMN received_on date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petition_case DROP COLUMN received_on');
  }
}
