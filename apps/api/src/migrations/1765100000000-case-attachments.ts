import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case attachments: the file lives in ATTACHMENT_DIR under its id; the row keeps what describes it. */
export class CaseAttachments1765100000000 implements MigrationInterface {
  name = 'CaseAttachments1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES petition_case (id),
        file_name varchar(130) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX case_attachment_case_idx ON case_attachment (case_id, uploaded_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_attachment');
  }
}
