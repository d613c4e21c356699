import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case number is taken as the last step of the registering transaction (issue 19): the case
 * row is inserted unnumbered and numbered just before commit, so the per-year counter row stays
 * locked for one statement instead of the whole registration. A case still never commits without
 * its number: a deferred constraint trigger checks every inserted case at commit. It runs as the
 * owner (past row-level security), so a row the registering scope cannot see is checked too.
 */
export class CaseNumberTakenLast1766454000000 implements MigrationInterface {
  name = 'CaseNumberTakenLast1766454000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petition_case ALTER COLUMN case_no DROP NOT NULL, ALTER COLUMN case_seq DROP NOT NULL');
    await q.query(`CREATE FUNCTION julu_case_numbered() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM petition_case WHERE id = NEW.id AND (case_no IS NULL OR case_seq IS NULL)) THEN
          RAISE EXCEPTION 'petition case % would commit without a case number', NEW.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query('REVOKE ALL ON FUNCTION julu_case_numbered() FROM PUBLIC');
    await q.query(`CREATE CONSTRAINT TRIGGER petition_case_numbered AFTER INSERT ON petition_case
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION julu_case_numbered()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER petition_case_numbered ON petition_case');
    await q.query('DROP FUNCTION julu_case_numbered()');
    await q.query('ALTER TABLE petition_case ALTER COLUMN case_no SET NOT NULL, ALTER COLUMN case_seq SET NOT NULL');
  }
}
