import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * D10 (Art 22(三)): an assigned (交办) matter's feedback limit, running until the unit's 办结报告.
 * Each clock takes its limit from the 交办 itself; the rule row supplies the counting switches.
 * A database created after D10 joined the defaults already has the row (the workflow migration
 * inserts every default), hence ON CONFLICT.
 */
export class FeedbackClockRule1766410000000 implements MigrationInterface {
  name = 'FeedbackClockRule1766410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO clock_rule (code, label, article, amount, unit, party) VALUES ('D10', $1, '第二十二条', 30, 'DAYS', 'ORGAN') ON CONFLICT (code) DO NOTHING`, [
      '交办事项在指定期限内反馈结果、提交办结报告（第一款第三项）',
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM case_clock WHERE code = 'D10'`);
    await q.query(`DELETE FROM clock_rule WHERE code = 'D10'`);
  }
}
