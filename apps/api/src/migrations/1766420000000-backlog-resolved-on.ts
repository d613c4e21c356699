import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 积案化解率 counts a backlog case in the period it was marked 已化解 or 已终结 (依法终结 included),
 * not by the optional 息诉罢访 date. The day of marking is kept in `resolved_on`; existing rows take
 * the 息诉罢访 date, else the day of their last resolution in the audit log, else their creation day.
 */
export class BacklogResolvedOn1766420000000 implements MigrationInterface {
  name = 'BacklogResolvedOn1766420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE backlog_case ADD COLUMN resolved_on date');
    await q.query(`
      UPDATE backlog_case b SET resolved_on = coalesce(b.settled_on,
        (SELECT (max(a.occurred_at) AT TIME ZONE 'Asia/Shanghai')::date FROM audit_log a
         WHERE a.entity_type = 'backlog_case' AND a.entity_id = b.id::text AND a.action = 'backlog.resolve'),
        (b.created_at AT TIME ZONE 'Asia/Shanghai')::date)
      WHERE b.status IN ('RESOLVED', 'TERMINATED')`);
    await q.query(`ALTER TABLE backlog_case ADD CONSTRAINT backlog_case_resolved_on_check CHECK ((status IN ('RESOLVED', 'TERMINATED')) = (resolved_on IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE backlog_case DROP CONSTRAINT backlog_case_resolved_on_check');
    await q.query('ALTER TABLE backlog_case DROP COLUMN resolved_on');
  }
}
