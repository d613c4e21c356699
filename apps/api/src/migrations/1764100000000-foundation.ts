import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation schema: outbox, idempotent-consumer receipts, the org tree and users. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        event_type varchar(100) NOT NULL,
        aggregate_type varchar(50) NOT NULL,
        aggregate_id varchar(64) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        publish_attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_event_unpublished_idx ON outbox_event (id) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE event_receipt (
        consumer varchar(100) NOT NULL,
        event_id bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await q.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32),
        name varchar(100) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN
          ('COUNTY','TOWN','TOWNSHIP','DEV_ZONE','VILLAGE','COMMUNITY','BUREAU','DEPARTMENT')),
        parent_id uuid REFERENCES org_unit(id),
        aliases text[] NOT NULL DEFAULT '{}',
        sort_order int NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX org_unit_code_uq ON org_unit (code) WHERE code IS NOT NULL`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL UNIQUE CHECK (username = lower(username)),
        display_name varchar(64) NOT NULL,
        password_hash text NOT NULL,
        role varchar(32) NOT NULL CHECK (role IN ('ADMIN','SUPERVISOR','RECEPTION','TOWNSHIP_OFFICER','HANDLER')),
        org_unit_id uuid REFERENCES org_unit(id),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('TOWNSHIP_OFFICER','HANDLER') OR org_unit_id IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE app_user');
    await q.query('DROP TABLE org_unit');
    await q.query('DROP TABLE event_receipt');
    await q.query('DROP TABLE outbox_event');
  }
}
