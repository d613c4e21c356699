import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Org-tree administration: unique active names among siblings, alias lookup, village listing. */
export class OrgAdmin1764300000000 implements MigrationInterface {
  name = 'OrgAdmin1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX org_unit_active_sibling_name ON org_unit (parent_id, name) WHERE retired_at IS NULL`);
    await q.query(`CREATE INDEX org_unit_name_idx ON org_unit (name)`);
    await q.query(`CREATE INDEX org_unit_aliases_idx ON org_unit USING gin (aliases)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX org_unit_aliases_idx');
    await q.query('DROP INDEX org_unit_name_idx');
    await q.query('DROP INDEX org_unit_active_sibling_name');
  }
}
