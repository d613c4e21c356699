import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 撤销 of a daily report (issue 17): a report filed by mistake (a 零报告 tapped on the wrong day, a
 * 日报 sent too early) may be withdrawn by the person who filed it within DUTY_REPORT_UNDO_MINUTES.
 * The row is kept (who filed it, who withdrew it and when) and no longer counts: the unit-day owes
 * a report again, so the one-report-per-unit-day rule applies to live reports only.
 */
export class DutyReportWithdrawal1766452000000 implements MigrationInterface {
  name = 'DutyReportWithdrawal1766452000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE duty_report ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawn_by uuid REFERENCES app_user (id)');
    await q.query('ALTER TABLE duty_report ADD CONSTRAINT duty_report_withdrawn_check CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))');
    await q.query('ALTER TABLE duty_report DROP CONSTRAINT duty_report_unit_id_report_date_key');
    await q.query('CREATE UNIQUE INDEX duty_report_live_uidx ON duty_report (unit_id, report_date) WHERE withdrawn_at IS NULL');
    await q.query('CREATE INDEX duty_report_unit_idx ON duty_report (unit_id, report_date DESC, id DESC) WHERE withdrawn_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX duty_report_unit_idx');
    await q.query('DROP INDEX duty_report_live_uidx');
    await q.query('DELETE FROM duty_report WHERE withdrawn_at IS NOT NULL');
    await q.query('ALTER TABLE duty_report ADD CONSTRAINT duty_report_unit_id_report_date_key UNIQUE (unit_id, report_date)');
    await q.query('ALTER TABLE duty_report DROP CONSTRAINT duty_report_withdrawn_check, DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at');
  }
}
