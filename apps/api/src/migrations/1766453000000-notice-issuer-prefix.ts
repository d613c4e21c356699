import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 告知书 is numbered in the name of the organ that issues it (issue 17): a 受理告知书 issued by
 * 县人力资源和社会保障局 must not carry the bureau's 巨信受告 number, which would claim the document
 * as the bureau's. Each unit gets an optional 机关代字 (`document_abbr`, e.g. 巨信 for the bureau);
 * where it is not set the notice number starts with the unit's name (rule in notice-templates.ts).
 * Numbering runs per organ, year and kind, so the counter gains the prefix as part of its key and
 * case_notice drops its (kind, year, seq) uniqueness: two organs each have a 受告〔2026〕1号.
 * The notice number itself stays unique.
 *
 * The stored clock explanations called every start day 事件发生当日; D1's is the day the matter was
 * registered (received). They are reworded here with the start of each clock (CLOCK_START_EVENTS,
 * copied so this migration does not change when the domain does).
 *
 * The second development zone was seeded under a placeholder name (巨鹿县第二开发区（名称待核实）);
 * docs/domain does not name it, so it is retired where nothing is filed to it, and leaves every
 * list and chart. An administrator restores it under its real name once that is known.
 */
const START_EVENTS: Record<string, string> = {
  D1: '登记（收到）信访事项之日',
  D2: '收到信访事项之日',
  D3: '收到转送、交办事项之日',
  D4: '收到转送、交办事项之日',
  D5: '受理之日',
  D6: '收到处理意见书之日',
  D7: '收到复查请求之日',
  D8: '收到复查意见书之日',
  D9: '收到复核请求之日',
  D10: '交办之日',
};
export class NoticeIssuerPrefix1766453000000 implements MigrationInterface {
  name = 'NoticeIssuerPrefix1766453000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE org_unit ADD COLUMN document_abbr varchar(16)');
    await q.query(`UPDATE org_unit SET document_abbr = '巨信' WHERE type = 'BUREAU'`);
    await q.query(`ALTER TABLE notice_number_counter ADD COLUMN prefix varchar(32) NOT NULL DEFAULT '巨信'`);
    await q.query('ALTER TABLE notice_number_counter DROP CONSTRAINT notice_number_counter_pkey');
    await q.query('ALTER TABLE notice_number_counter ADD PRIMARY KEY (prefix, year, kind)');
    await q.query('ALTER TABLE case_notice DROP CONSTRAINT IF EXISTS case_notice_kind_year_seq_key');
    await q.query(
      `UPDATE org_unit u SET retired_at = now()
       WHERE u.type = 'DEV_ZONE' AND u.name = '巨鹿县第二开发区（名称待核实）' AND u.retired_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.retired_at IS NULL)
         AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.org_unit_id = u.id)
         AND NOT EXISTS (SELECT 1 FROM petition_case p WHERE p.township_id = u.id)`,
    );
    for (const [code, event] of Object.entries(START_EVENTS)) {
      await q.query(
        `UPDATE case_clock SET explanation = replace(explanation::text, '为事件发生当日，不计入期间', $2)::jsonb
         WHERE code = $1 AND explanation::text LIKE '%为事件发生当日%'`,
        [code, `为${event}，当日不计入期间`],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notice_number_counter WHERE prefix <> '巨信'`);
    await q.query('ALTER TABLE notice_number_counter DROP CONSTRAINT notice_number_counter_pkey');
    await q.query('ALTER TABLE notice_number_counter ADD PRIMARY KEY (year, kind)');
    await q.query('ALTER TABLE notice_number_counter DROP COLUMN prefix');
    await q.query('ALTER TABLE org_unit DROP COLUMN document_abbr');
  }
}
