import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INCIDENT_LEVELS } from '@julu/contracts';
import { DEFAULT_REPORT_LIMITS_BY_LEVEL } from '@julu/domain';

/**
 * 突发信访事件 (DOMAIN.md §4): the incident with its phone and written report times, the limits it
 * is judged by (copied from the per-level rule at discovery, so a later rule change does not
 * rewrite history), and the report chain 电话报告 / 书面初报 → 续报 → 终报.
 */
export class Incidents1765500000000 implements MigrationInterface {
  name = 'Incidents1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_report_limit (
        level varchar(20) PRIMARY KEY,
        phone_minutes int NOT NULL CHECK (phone_minutes BETWEEN 1 AND 1440),
        written_minutes int NOT NULL CHECK (written_minutes BETWEEN 1 AND 1440),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (phone_minutes <= written_minutes)
      )`);
    for (const level of INCIDENT_LEVELS) {
      const limits = DEFAULT_REPORT_LIMITS_BY_LEVEL[level];
      await q.query('INSERT INTO incident_report_limit (level, phone_minutes, written_minutes) VALUES ($1, $2, $3)', [level, limits.phoneMinutes, limits.writtenMinutes]);
    }

    await q.query(`CREATE TABLE incident_number_counter (year int PRIMARY KEY, last_seq int NOT NULL)`);
    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_no varchar(30) NOT NULL UNIQUE,
        title varchar(100) NOT NULL,
        discovered_at timestamptz NOT NULL,
        level varchar(20) NOT NULL REFERENCES incident_report_limit (level),
        nature varchar(20) NOT NULL,
        source varchar(12) NOT NULL CHECK (source IN ('SELF', 'UPPER_NOTICE')),
        township_id uuid NOT NULL REFERENCES org_unit (id),
        village_id uuid REFERENCES org_unit (id),
        place_detail varchar(200) NOT NULL,
        people_count int NOT NULL CHECK (people_count >= 0),
        description text NOT NULL,
        measures text NOT NULL DEFAULT '',
        phone_limit_minutes int NOT NULL,
        written_limit_minutes int NOT NULL,
        phone_reported_at timestamptz,
        written_reported_at timestamptz,
        final_reported_at timestamptz,
        reported_to text[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The list's order and its filters (township, still-open incidents).
    await q.query('CREATE INDEX incident_discovered_idx ON incident (discovered_at DESC, id DESC)');
    await q.query('CREATE INDEX incident_township_idx ON incident (township_id, discovered_at DESC, id DESC)');
    await q.query('CREATE INDEX incident_level_idx ON incident (level, discovered_at DESC, id DESC)');
    await q.query('CREATE INDEX incident_open_idx ON incident (discovered_at DESC, id DESC) WHERE final_reported_at IS NULL');
    // The sweep looks for limits still unreported.
    await q.query('CREATE INDEX incident_unreported_idx ON incident (discovered_at) WHERE phone_reported_at IS NULL OR written_reported_at IS NULL');

    await q.query(`
      CREATE TABLE incident_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL CHECK (kind IN ('PHONE', 'INITIAL', 'FOLLOW_UP', 'FINAL')),
        seq int,
        reported_at timestamptz NOT NULL,
        reported_to text[] NOT NULL,
        content text NOT NULL,
        reported_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX incident_report_incident_idx ON incident_report (incident_id, reported_at, created_at)');
    // One phone report, one 初报 and one 终报 per incident; 续报 are numbered.
    await q.query(`CREATE UNIQUE INDEX incident_report_once_idx ON incident_report (incident_id, kind) WHERE kind IN ('PHONE', 'INITIAL', 'FINAL')`);
    await q.query(`CREATE UNIQUE INDEX incident_report_seq_idx ON incident_report (incident_id, seq) WHERE kind = 'FOLLOW_UP'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE incident_report');
    await q.query('DROP TABLE incident');
    await q.query('DROP TABLE incident_number_counter');
    await q.query('DROP TABLE incident_report_limit');
  }
}
