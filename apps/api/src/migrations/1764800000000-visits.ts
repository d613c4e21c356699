import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 来访接待登记: visits (batches of persons) attached to cases, with their representatives. */
export class Visits1764800000000 implements MigrationInterface {
  name = 'Visits1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES petition_case (id),
        arrival_at timestamptz NOT NULL,
        reception_started_at timestamptz NOT NULL,
        person_count int NOT NULL CHECK (person_count >= 1),
        is_group boolean NOT NULL,
        talk_outcome text,
        received_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (reception_started_at >= arrival_at)
      )`);
    await q.query('CREATE INDEX visit_case_idx ON visit (case_id, arrival_at)');
    await q.query('CREATE INDEX visit_arrival_idx ON visit (arrival_at)');
    await q.query(`
      CREATE TABLE visit_representative (
        visit_id uuid NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
        petitioner_id uuid NOT NULL REFERENCES petitioner (id),
        position int NOT NULL,
        PRIMARY KEY (visit_id, petitioner_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE visit_representative');
    await q.query('DROP TABLE visit');
  }
}
