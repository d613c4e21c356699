import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Background ledger exports: one row per request, with progress and the written file. */
export class ExportJobs1765000000000 implements MigrationInterface {
  name = 'ExportJobs1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_id uuid NOT NULL REFERENCES app_user (id),
        ledger varchar(10) NOT NULL,
        query jsonb NOT NULL DEFAULT '{}',
        status varchar(10) NOT NULL DEFAULT 'QUEUED',
        total int,
        done int NOT NULL DEFAULT 0,
        file_name varchar(100) NOT NULL,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query('CREATE INDEX export_job_requester_idx ON export_job (requester_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE export_job');
  }
}
