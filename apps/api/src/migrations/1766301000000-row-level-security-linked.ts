import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security on every table that refers to a case or a petitioner: a row is reachable only
 * where the case (or petitioner) it refers to is, so a clock, notice, event, notification, hotspot or
 * backlog link, repeat link or visit never names an accusation to the unit it accuses or a
 * foreign township's case (docs/SECURITY.md). The rule itself lives once, in the policies of
 * petition_case and petitioner (RowLevelSecurity1766300000000); these policies only follow the
 * reference, under the caller's own policies. Writes obey the same rule: nothing can be attached to
 * a case the caller cannot see.
 *
 * Not here: a return escort (劝返) is the township's own duty record and stays visible to it; the
 * escort service leaves out the case it names when the caller may not see that case.
 */
export class RowLevelSecurityLinked1766301000000 implements MigrationInterface {
  name = 'RowLevelSecurityLinked1766301000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, rule] of Object.entries(LINKED)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_county ON ${table} TO julu_scope_county USING (true) WITH CHECK (true)`);
      await q.query(`CREATE POLICY ${table}_scoped ON ${table} TO julu_scope_township, julu_scope_unit USING (${rule(table)}) WITH CHECK (${rule(table)})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(LINKED)) {
      await q.query(`DROP POLICY ${table}_scoped ON ${table}`);
      await q.query(`DROP POLICY ${table}_county ON ${table}`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}

const visibleCase = (table: string, column = 'case_id'): string => `EXISTS (SELECT 1 FROM petition_case c WHERE c.id = ${table}.${column})`;
const caseRow = (table: string): string => visibleCase(table);
const optionalCaseRow = (table: string): string => `(${table}.case_id IS NULL OR ${visibleCase(table)})`;

/** Each table and the rule that follows its reference (evaluated under the caller's own policies). */
const LINKED: Record<string, (table: string) => string> = {
  case_petitioner: caseRow,
  case_attachment: caseRow,
  case_clock: caseRow,
  case_event: caseRow,
  case_notice: caseRow,
  case_evaluation: caseRow,
  case_consultation: caseRow,
  case_diversion: caseRow,
  case_law_flag: caseRow,
  hotspot_case: caseRow,
  backlog_case_link: caseRow,
  case_repeat_link: (t) => `${visibleCase(t)} AND ${visibleCase(t, 'prior_case_id')}`,
  notification: optionalCaseRow,
  visit: optionalCaseRow,
  visit_representative: (t) => `EXISTS (SELECT 1 FROM petitioner p WHERE p.id = ${t}.petitioner_id)`,
};
