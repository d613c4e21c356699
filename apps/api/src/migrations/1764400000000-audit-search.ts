import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes behind the audit search filters (actor, action), newest first. */
export class AuditSearch1764400000000 implements MigrationInterface {
  name = 'AuditSearch1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX audit_log_actor_username_idx ON audit_log (actor_username, id DESC)');
    await q.query('CREATE INDEX audit_log_action_idx ON audit_log (action text_pattern_ops, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_log_action_idx');
    await q.query('DROP INDEX audit_log_actor_username_idx');
  }
}
