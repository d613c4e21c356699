import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The units each petitioner's 检举控告 accuse, kept on the petitioner row (`accused_unit_ids`), so
 * the petitioner policy of a township or unit scope is a plain comparison instead of a call per row
 * to `julu_petitioner_accuses` (which queries every link of the petitioner). The case list names
 * each row's primary petitioner; at 1,000,000 cases that call made a township officer's own list
 * 47% slower than before row-level security (docs/BENCHMARKS.md, issue 15).
 *
 * PostgreSQL keeps the column true itself, whoever writes: triggers on `case_petitioner` (a link
 * added, removed or moved) and on `petition_case` (matter type or accused unit changed) recompute
 * it for the petitioners concerned. The recomputation locks those petitioner rows in id order and
 * then reads the links afresh, so two transactions changing one petitioner's accusations at once
 * cannot lose either change. It runs as the owner (SECURITY DEFINER): the accusation must count
 * even where the writer's own scope cannot see it. The column is never selected for display.
 * The policies' "has a visible case" test moves into a non-inlined function (see below).
 */
export class PetitionerAccusedUnits1766440100000 implements MigrationInterface {
  name = 'PetitionerAccusedUnits1766440100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE petitioner ADD COLUMN accused_unit_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`COMMENT ON COLUMN petitioner.accused_unit_ids IS 'Units this petitioner''s 检举控告 accuse (row-level security only; never displayed). Kept by triggers.'`);

    await q.query(`CREATE FUNCTION julu_refresh_accused_units(petitioners uuid[]) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF petitioners IS NULL OR cardinality(petitioners) = 0 THEN RETURN; END IF;
        PERFORM 1 FROM petitioner WHERE id = ANY(petitioners) ORDER BY id FOR UPDATE;
        UPDATE petitioner p SET accused_unit_ids = coalesce((
            SELECT array_agg(DISTINCT c.involved_unit_id ORDER BY c.involved_unit_id)
            FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id
            WHERE cp.petitioner_id = p.id AND c.matter_type = 'ACCUSATION' AND c.involved_unit_id IS NOT NULL), '{}')
          WHERE p.id = ANY(petitioners);
      END $$`);
    await q.query('REVOKE ALL ON FUNCTION julu_refresh_accused_units(uuid[]) FROM PUBLIC');

    // Links added: only links to an accusation naming a unit can change the set.
    await q.query(`CREATE FUNCTION julu_links_added() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM julu_refresh_accused_units(ARRAY(
          SELECT DISTINCT n.petitioner_id FROM added_links n JOIN petition_case c ON c.id = n.case_id
          WHERE c.matter_type = 'ACCUSATION' AND c.involved_unit_id IS NOT NULL));
        RETURN NULL;
      END $$`);
    // Links removed or moved (rare; the case itself may already be gone): recompute every petitioner named.
    await q.query(`CREATE FUNCTION julu_links_removed() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM julu_refresh_accused_units(ARRAY(
          SELECT DISTINCT o.petitioner_id FROM removed_links o
          WHERE EXISTS (SELECT 1 FROM petitioner p WHERE p.id = o.petitioner_id AND cardinality(p.accused_unit_ids) > 0)));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION julu_links_moved() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM julu_refresh_accused_units(ARRAY(
          SELECT petitioner_id FROM removed_links UNION SELECT petitioner_id FROM added_links));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION julu_case_accusation_changed() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM julu_refresh_accused_units(ARRAY(SELECT petitioner_id FROM case_petitioner WHERE case_id = NEW.id));
        RETURN NULL;
      END $$`);
    for (const fn of ['julu_links_added()', 'julu_links_removed()', 'julu_links_moved()', 'julu_case_accusation_changed()']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await q.query(`CREATE TRIGGER case_petitioner_accused_added AFTER INSERT ON case_petitioner
      REFERENCING NEW TABLE AS added_links FOR EACH STATEMENT EXECUTE FUNCTION julu_links_added()`);
    await q.query(`CREATE TRIGGER case_petitioner_accused_removed AFTER DELETE ON case_petitioner
      REFERENCING OLD TABLE AS removed_links FOR EACH STATEMENT EXECUTE FUNCTION julu_links_removed()`);
    await q.query(`CREATE TRIGGER case_petitioner_accused_moved AFTER UPDATE ON case_petitioner
      REFERENCING OLD TABLE AS removed_links NEW TABLE AS added_links FOR EACH STATEMENT EXECUTE FUNCTION julu_links_moved()`);
    await q.query(`CREATE TRIGGER petition_case_accused_changed AFTER UPDATE OF matter_type, involved_unit_id ON petition_case
      FOR EACH ROW WHEN (OLD.matter_type IS DISTINCT FROM NEW.matter_type OR OLD.involved_unit_id IS DISTINCT FROM NEW.involved_unit_id)
      EXECUTE FUNCTION julu_case_accusation_changed()`);

    await q.query(`UPDATE petitioner p SET accused_unit_ids = a.units FROM (
        SELECT cp.petitioner_id, array_agg(DISTINCT c.involved_unit_id ORDER BY c.involved_unit_id) AS units
        FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id
        WHERE c.matter_type = 'ACCUSATION' AND c.involved_unit_id IS NOT NULL GROUP BY cp.petitioner_id) a
      WHERE a.petitioner_id = p.id`);

    // The "visible case" test as a function the planner does not inline: written into the policy,
    // its nested policies (case_petitioner → petition_case) were planned again in every query that
    // reads a petitioner, more than doubling the case list's planning time. PL/pgSQL caches the
    // plan per session (and replans when the role changes); SECURITY INVOKER, so the caller's own
    // policies decide which cases are visible.
    await q.query(`CREATE FUNCTION julu_petitioner_has_visible_case(petitioner uuid) RETURNS boolean
      LANGUAGE plpgsql STABLE SECURITY INVOKER AS $$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id WHERE cp.petitioner_id = petitioner);
      END $$`);
    await q.query('REVOKE ALL ON FUNCTION julu_petitioner_has_visible_case(uuid) FROM PUBLIC');
    await q.query('GRANT EXECUTE ON FUNCTION julu_petitioner_has_visible_case(uuid) TO julu_request');

    await q.query('DROP POLICY petitioner_township ON petitioner');
    await q.query('DROP POLICY petitioner_unit ON petitioner');
    await q.query(`CREATE POLICY petitioner_township ON petitioner TO julu_scope_township
      USING ((township_id = julu_scope_unit() OR julu_petitioner_has_visible_case(id)) AND ${NOT_ACCUSER}) WITH CHECK (true)`);
    await q.query(`CREATE POLICY petitioner_unit ON petitioner TO julu_scope_unit
      USING (julu_petitioner_has_visible_case(id) AND ${NOT_ACCUSER}) WITH CHECK (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP POLICY petitioner_township ON petitioner');
    await q.query('DROP POLICY petitioner_unit ON petitioner');
    await q.query(`CREATE POLICY petitioner_township ON petitioner TO julu_scope_township
      USING ((township_id = julu_scope_unit() OR ${HAS_VISIBLE_CASE}) AND NOT julu_petitioner_accuses(id, julu_scope_unit())) WITH CHECK (true)`);
    await q.query(`CREATE POLICY petitioner_unit ON petitioner TO julu_scope_unit
      USING (${HAS_VISIBLE_CASE} AND NOT julu_petitioner_accuses(id, julu_scope_unit())) WITH CHECK (true)`);
    await q.query('DROP FUNCTION julu_petitioner_has_visible_case(uuid)');
    await q.query('DROP TRIGGER petition_case_accused_changed ON petition_case');
    for (const t of ['case_petitioner_accused_added', 'case_petitioner_accused_removed', 'case_petitioner_accused_moved']) await q.query(`DROP TRIGGER ${t} ON case_petitioner`);
    for (const fn of ['julu_links_added()', 'julu_links_removed()', 'julu_links_moved()', 'julu_case_accusation_changed()', 'julu_refresh_accused_units(uuid[])']) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query('ALTER TABLE petitioner DROP COLUMN accused_unit_ids');
  }
}

/** As in RowLevelSecurity1766300000000 (restored by down): evaluated under the caller's policies on petition_case. */
const HAS_VISIBLE_CASE = `EXISTS (SELECT 1 FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id WHERE cp.petitioner_id = petitioner.id)`;
/** A petitioner is hidden from every unit one of their accusations accuses (2022 条例 Art 30 ¶3). */
const NOT_ACCUSER = `julu_scope_unit() <> ALL (accused_unit_ids)`;
