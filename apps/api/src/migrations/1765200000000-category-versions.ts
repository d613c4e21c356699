import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned content categories: every entry counts its changes (version), and a case records the
 * version of its category at registration next to the code and label it stored then.
 */
export class CategoryVersions1765200000000 implements MigrationInterface {
  name = 'CategoryVersions1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE content_category ADD COLUMN version int NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE petition_case ADD COLUMN category_version int NOT NULL DEFAULT 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petition_case DROP COLUMN category_version');
    await q.query('ALTER TABLE content_category DROP COLUMN version');
  }
}
