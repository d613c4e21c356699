import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * System work (worker jobs, the outbox relay, indicator computation, the CLI's seeding, the public
 * lookup's own checks) runs as the role `julu_system` instead of the connecting owner
 * (core/database/row-security.ts). Every row-secured table names it in a `<table>_system` policy
 * that admits every row: system work still sees the whole county, but under row-level security,
 * with table privileges only (those of `julu_request`), so it cannot change the schema, truncate a
 * table or switch off a trigger. Migrations alone run as the owner.
 *
 * A table that gains row-level security later must add its `_system` policy in the same migration.
 * The role is cluster-wide: created once, tolerating a concurrent creation by another database.
 */
export class SystemRole1766456000000 implements MigrationInterface {
  name = 'SystemRole1766456000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'julu_system') THEN CREATE ROLE julu_system NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await q.query('GRANT julu_request TO julu_system');
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'julu_system', 'MEMBER') THEN GRANT julu_system TO CURRENT_USER; END IF;
    END $$`);
    for (const table of await rowSecuredTables(q)) {
      await q.query(`CREATE POLICY ${table}_system ON ${table} TO julu_system USING (true) WITH CHECK (true)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of await rowSecuredTables(q)) await q.query(`DROP POLICY IF EXISTS ${table}_system ON ${table}`);
    // The role is cluster-wide and may serve other databases: it stays.
  }
}

async function rowSecuredTables(q: QueryRunner): Promise<string[]> {
  const rows: { name: string }[] = await q.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}
