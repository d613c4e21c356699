import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 机关代字 names one organ (issue 17): notices are numbered per 代字 (notice_number_counter keyed
 * by prefix), so two units sharing one would interleave their numbers. Administrators now set the
 * 代字 on the org page; the API refuses a taken one with a message, and this index closes the race
 * of two administrators saving the same 代字 at once.
 */
export class DocumentAbbrUnique1766460000000 implements MigrationInterface {
  name = 'DocumentAbbrUnique1766460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE UNIQUE INDEX org_unit_document_abbr_key ON org_unit (document_abbr) WHERE document_abbr IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX org_unit_document_abbr_key');
  }
}
