import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Repeat petitions: confirmed/dismissed links between a case and an earlier one (同人+同事). */
export class RepeatLinks1764900000000 implements MigrationInterface {
  name = 'RepeatLinks1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE petition_case
        ADD COLUMN is_repeat boolean NOT NULL DEFAULT false,
        ADD COLUMN prior_case_id uuid REFERENCES petition_case (id),
        ADD COLUMN repeat_count int NOT NULL DEFAULT 0`);
    await q.query('CREATE INDEX petition_case_is_repeat_idx ON petition_case (registered_at DESC, id DESC) WHERE is_repeat');
    await q.query('CREATE INDEX petition_case_text_trgm_idx ON petition_case USING gin ((title || main_request) gin_trgm_ops)');
    await q.query(`
      CREATE TABLE case_repeat_link (
        case_id uuid NOT NULL REFERENCES petition_case (id),
        prior_case_id uuid NOT NULL REFERENCES petition_case (id),
        status varchar(12) NOT NULL,
        score numeric(4, 2),
        reasons jsonb NOT NULL DEFAULT '[]',
        decided_by uuid NOT NULL REFERENCES app_user (id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, prior_case_id),
        CHECK (case_id <> prior_case_id)
      )`);
    await q.query('CREATE INDEX case_repeat_link_prior_idx ON case_repeat_link (prior_case_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_repeat_link');
    await q.query('DROP INDEX petition_case_text_trgm_idx');
    await q.query('ALTER TABLE petition_case DROP COLUMN repeat_count, DROP COLUMN prior_case_id, DROP COLUMN is_repeat');
  }
}
