import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 信访宣传 (DOMAIN.md §6.2, project 4): events with the villages they reached and their evidence
 * photos (files outside the database, like case attachments), and an annual plan per village.
 * Coverage is never stored: it is counted from these rows and the org tree when asked.
 */
export class Publicity1765600000000 implements MigrationInterface {
  name = 'Publicity1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE publicity_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        held_on date NOT NULL,
        township_id uuid NOT NULL REFERENCES org_unit (id),
        form varchar(20) NOT NULL,
        topic varchar(200) NOT NULL,
        participants int NOT NULL CHECK (participants >= 0),
        note text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX publicity_event_held_idx ON publicity_event (held_on DESC, id DESC)');
    await q.query('CREATE INDEX publicity_event_township_idx ON publicity_event (township_id, held_on DESC, id DESC)');

    await q.query(`
      CREATE TABLE publicity_event_village (
        event_id uuid NOT NULL REFERENCES publicity_event (id) ON DELETE CASCADE,
        village_id uuid NOT NULL REFERENCES org_unit (id),
        PRIMARY KEY (event_id, village_id)
      )`);
    await q.query('CREATE INDEX publicity_event_village_village_idx ON publicity_event_village (village_id)');

    await q.query(`
      CREATE TABLE publicity_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES publicity_event (id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes int NOT NULL,
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX publicity_photo_event_idx ON publicity_photo (event_id, uploaded_at)');

    await q.query(`
      CREATE TABLE publicity_plan (
        village_id uuid NOT NULL REFERENCES org_unit (id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        planned_times int NOT NULL CHECK (planned_times BETWEEN 1 AND 52),
        note text NOT NULL DEFAULT '',
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (village_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE publicity_plan');
    await q.query('DROP TABLE publicity_photo');
    await q.query('DROP TABLE publicity_event_village');
    await q.query('DROP TABLE publicity_event');
  }
}
