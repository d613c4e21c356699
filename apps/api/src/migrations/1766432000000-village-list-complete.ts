import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the org tree holds a township's full list of 行政村 (issue 16 point 24, DOMAIN.md §5): the
 * village coverage counts only against complete lists and names the townships left out. The
 * seeded lists (julu-villages.json) are complete for 巨鹿镇, 王虎寨镇, 西郭城镇 and 观寨镇; 官亭镇's
 * source is truncated and the other townships have no list. Importing the official
 * 统计用区划代码 file marks every township it covers complete.
 */
export class VillageListComplete1766432000000 implements MigrationInterface {
  name = 'VillageListComplete1766432000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE org_unit ADD COLUMN village_list_complete boolean NOT NULL DEFAULT false');
    await q.query(
      `UPDATE org_unit t SET village_list_complete = true
       WHERE t.type IN ('TOWN', 'TOWNSHIP') AND t.name = ANY($1)
         AND EXISTS (SELECT 1 FROM org_unit v WHERE v.parent_id = t.id AND v.type = 'VILLAGE')`,
      [['巨鹿镇', '王虎寨镇', '西郭城镇', '观寨镇']],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE org_unit DROP COLUMN village_list_complete');
  }
}
