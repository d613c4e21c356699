import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens (rotating, revocable, grouped in families for reuse detection), login throttling
 * per username, and the append-only audit log: the database itself refuses UPDATE, DELETE and
 * TRUNCATE on audit rows.
 */
export class AuthSessionsAndAudit1764200000000 implements MigrationInterface {
  name = 'AuthSessionsAndAudit1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        family_id uuid NOT NULL,
        secret_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(32),
        replaced_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_refresh_token_user_idx ON auth_refresh_token (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX auth_refresh_token_family_idx ON auth_refresh_token (family_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        username varchar(64) PRIMARY KEY,
        failures int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_failure_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_username varchar(64),
        action varchar(64) NOT NULL,
        entity_type varchar(50) NOT NULL,
        entity_id varchar(64),
        changes jsonb,
        reason text,
        request_id varchar(64),
        client_ip varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP FUNCTION audit_log_is_append_only()');
    await q.query('DROP TABLE login_throttle');
    await q.query('DROP TABLE auth_refresh_token');
  }
}
