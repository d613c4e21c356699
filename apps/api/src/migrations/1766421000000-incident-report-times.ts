import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report filed in the system carries the system's time; a report time typed earlier than its
 * filing (a phone call, a written report sent outside the system) keeps the reason given for it,
 * shown beside the report and in the report rate's drill-down. Earlier rows have none.
 */
export class IncidentReportTimes1766421000000 implements MigrationInterface {
  name = 'IncidentReportTimes1766421000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE incident_report ADD COLUMN time_reason text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE incident_report DROP COLUMN time_reason');
  }
}
