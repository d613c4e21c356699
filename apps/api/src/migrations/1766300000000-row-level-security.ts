import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security on `petition_case` and `petitioner`: who may see which case and which
 * petitioner is enforced by PostgreSQL itself, so no query can forget it (docs/SECURITY.md).
 *
 * A request's connection runs as one of four scope roles (core/database/row-security.ts sets
 * `role` and `julu.scope_unit` when it takes the connection from the pool); system work (worker
 * jobs, migrations, the CLI) runs as the connecting owner, which row-level security does not
 * restrict. The scope roles inherit table privileges from `julu_request`; policies name them:
 * - julu_scope_county: every row (a constant-true policy, so the planner keeps every index);
 * - julu_scope_township: cases located in the township, petitioners of the township or of a
 *   visible case;
 * - julu_scope_unit: cases assigned to the handling unit, petitioners of a visible case;
 * - julu_scope_none (a request not signed in): no row.
 * A 检举控告 case is never visible to the unit it accuses, nor its petitioner (2022 条例 Art 30 ¶3).
 * Roles are cluster-wide: created once, tolerating a concurrent creation by another database.
 */
export class RowLevelSecurity1766300000000 implements MigrationInterface {
  name = 'RowLevelSecurity1766300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const role of ['julu_request', ...SCOPE_ROLES]) {
      await q.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    }
    for (const role of SCOPE_ROLES) {
      await q.query(`GRANT julu_request TO ${role}`);
      // The connecting user switches to the scope roles (a superuser may anyway).
      await q.query(`DO $$ BEGIN
        IF NOT pg_has_role(current_user, '${role}', 'MEMBER') THEN EXECUTE format('GRANT ${role} TO %I', current_user); END IF;
      END $$`);
    }
    await q.query('GRANT USAGE ON SCHEMA public TO julu_request');
    await q.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO julu_request');
    await q.query('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO julu_request');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO julu_request');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO julu_request');

    // Inlined by the planner, so `township_id = julu_scope_unit()` can use an index.
    await q.query(`CREATE FUNCTION julu_scope_unit() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('julu.scope_unit', true), '')::uuid $$`);
    // Whether the petitioner has filed a 检举控告 accusing the unit. Runs as the owner, past the
    // policies: the accusation itself is invisible to the accused unit, yet must hide the petitioner.
    await q.query(`CREATE FUNCTION julu_petitioner_accuses(petitioner uuid, unit uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$ SELECT EXISTS (SELECT 1 FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id
        WHERE cp.petitioner_id = petitioner AND c.matter_type = 'ACCUSATION' AND c.involved_unit_id = unit) $$`);
    // Whether an ID number is registered at all, visible or not: one person, one record (the
    // registering officer is told only that it exists elsewhere).
    await q.query(`CREATE FUNCTION julu_id_number_registered(bidx text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$ SELECT EXISTS (SELECT 1 FROM petitioner WHERE id_number_bidx = bidx) $$`);
    for (const fn of ['julu_petitioner_accuses(uuid, uuid)', 'julu_id_number_registered(text)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO julu_request`);
    }

    await q.query('ALTER TABLE petition_case ENABLE ROW LEVEL SECURITY');
    await q.query('ALTER TABLE petitioner ENABLE ROW LEVEL SECURITY');
    // USING limits what a scope reads, updates and deletes. WITH CHECK (true): a handler may pass a
    // case on to another unit; an insert or RETURNING of a row the scope cannot see still fails.
    await q.query('CREATE POLICY case_county ON petition_case TO julu_scope_county USING (true) WITH CHECK (true)');
    await q.query(`CREATE POLICY case_township ON petition_case TO julu_scope_township
      USING (township_id = julu_scope_unit() AND ${NOT_ACCUSING}) WITH CHECK (true)`);
    await q.query(`CREATE POLICY case_unit ON petition_case TO julu_scope_unit
      USING (handling_unit_id = julu_scope_unit() AND ${NOT_ACCUSING}) WITH CHECK (true)`);

    await q.query('CREATE POLICY petitioner_county ON petitioner TO julu_scope_county USING (true) WITH CHECK (true)');
    await q.query(`CREATE POLICY petitioner_township ON petitioner TO julu_scope_township
      USING ((township_id = julu_scope_unit() OR ${HAS_VISIBLE_CASE}) AND NOT julu_petitioner_accuses(id, julu_scope_unit()))
      WITH CHECK (true)`);
    await q.query(`CREATE POLICY petitioner_unit ON petitioner TO julu_scope_unit
      USING (${HAS_VISIBLE_CASE} AND NOT julu_petitioner_accuses(id, julu_scope_unit())) WITH CHECK (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const policy of ['case_county', 'case_township', 'case_unit']) await q.query(`DROP POLICY ${policy} ON petition_case`);
    for (const policy of ['petitioner_county', 'petitioner_township', 'petitioner_unit']) await q.query(`DROP POLICY ${policy} ON petitioner`);
    await q.query('ALTER TABLE petitioner DISABLE ROW LEVEL SECURITY');
    await q.query('ALTER TABLE petition_case DISABLE ROW LEVEL SECURITY');
    await q.query('DROP FUNCTION julu_id_number_registered(text)');
    await q.query('DROP FUNCTION julu_petitioner_accuses(uuid, uuid)');
    await q.query('DROP FUNCTION julu_scope_unit()');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM julu_request');
    await q.query('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM julu_request');
    await q.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM julu_request');
    await q.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM julu_request');
    await q.query('REVOKE USAGE ON SCHEMA public FROM julu_request');
    // The roles are cluster-wide and may serve other databases: they stay.
  }
}

const SCOPE_ROLES = ['julu_scope_county', 'julu_scope_township', 'julu_scope_unit', 'julu_scope_none'];

const NOT_ACCUSING = `NOT (matter_type = 'ACCUSATION' AND involved_unit_id IS NOT DISTINCT FROM julu_scope_unit())`;

/** Evaluated under the caller's policies on petition_case: a case the scope may see. */
const HAS_VISIBLE_CASE = `EXISTS (SELECT 1 FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id WHERE cp.petitioner_id = petitioner.id)`;
