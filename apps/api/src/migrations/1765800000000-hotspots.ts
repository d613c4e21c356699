import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 信访隐患排查化解台账 (DOMAIN.md §2.4) with its append-only follow-up log and linked cases, the
 * townships' weekly 排查 reports and the missing-report flags of the weekly check, 信访积案 and
 * 领导包案 (§2.5) with the leaders' activities.
 */
export class Hotspots1765800000000 implements MigrationInterface {
  name = 'Hotspots1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE hotspot_number_counter (kind varchar(10) NOT NULL, year int NOT NULL, last_seq int NOT NULL, PRIMARY KEY (kind, year))');
    await q.query(`
      CREATE TABLE risk_hotspot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        hotspot_no varchar(30) NOT NULL UNIQUE,
        found_on date NOT NULL,
        found_by varchar(50) NOT NULL,
        reporting_org varchar(100) NOT NULL,
        township_id uuid NOT NULL REFERENCES org_unit (id),
        village_id uuid REFERENCES org_unit (id),
        category_code varchar(20) NOT NULL REFERENCES content_category (code),
        category_label varchar(110) NOT NULL,
        description text NOT NULL,
        main_demand text NOT NULL,
        people_involved int NOT NULL CHECK (people_involved >= 1),
        group_type varchar(50) NOT NULL DEFAULT '',
        possible_direction varchar(10),
        risk_level smallint NOT NULL CHECK (risk_level BETWEEN 1 AND 4),
        leader_in_charge varchar(50) NOT NULL,
        responsible_org varchar(100) NOT NULL,
        responsible_person varchar(50) NOT NULL,
        stability_person varchar(50) NOT NULL,
        measures_resolve text NOT NULL,
        measures_stability text NOT NULL,
        deadline_days int NOT NULL CHECK (deadline_days BETWEEN 1 AND 366),
        deadline date NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'UNRESOLVED',
        close_requested boolean NOT NULL DEFAULT false,
        closed_on date,
        closed_by uuid REFERENCES app_user (id),
        backlog_case_id uuid,
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Keyset order of the ledger, and each filter it offers with the same order behind it.
    await q.query('CREATE INDEX risk_hotspot_found_idx ON risk_hotspot (found_on DESC, id DESC)');
    for (const column of ['township_id', 'status', 'risk_level']) {
      await q.query(`CREATE INDEX risk_hotspot_${column}_idx ON risk_hotspot (${column}, found_on DESC, id DESC)`);
    }
    await q.query('CREATE INDEX risk_hotspot_week_idx ON risk_hotspot (township_id, created_at)');

    await q.query(`
      CREATE TABLE hotspot_follow_up (
        id bigserial PRIMARY KEY,
        hotspot_id uuid NOT NULL REFERENCES risk_hotspot (id),
        at timestamptz NOT NULL DEFAULT now(),
        author_id uuid NOT NULL REFERENCES app_user (id),
        action varchar(20),
        content text NOT NULL
      )`);
    await q.query('CREATE INDEX hotspot_follow_up_hotspot_idx ON hotspot_follow_up (hotspot_id, id)');
    // 动态记录 is append-only: the database refuses to change or remove a line.
    await q.query(`
      CREATE FUNCTION hotspot_follow_up_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'hotspot_follow_up is append-only'; END $$`);
    await q.query('CREATE TRIGGER hotspot_follow_up_append_only BEFORE UPDATE OR DELETE ON hotspot_follow_up FOR EACH ROW EXECUTE FUNCTION hotspot_follow_up_append_only()');

    await q.query(`
      CREATE TABLE hotspot_case (
        hotspot_id uuid NOT NULL REFERENCES risk_hotspot (id),
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        linked_by uuid NOT NULL REFERENCES app_user (id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (hotspot_id, case_id)
      )`);
    await q.query('CREATE INDEX hotspot_case_case_idx ON hotspot_case (case_id)');

    await q.query(`
      CREATE TABLE hotspot_weekly_report (
        township_id uuid NOT NULL REFERENCES org_unit (id),
        week_start date NOT NULL,
        zero_report boolean NOT NULL,
        note text NOT NULL DEFAULT '',
        submitted_by uuid NOT NULL REFERENCES app_user (id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (township_id, week_start)
      )`);
    await q.query(`
      CREATE TABLE hotspot_weekly_missing (
        township_id uuid NOT NULL REFERENCES org_unit (id),
        week_start date NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (township_id, week_start)
      )`);
    await q.query('CREATE INDEX hotspot_weekly_missing_week_idx ON hotspot_weekly_missing (week_start)');

    await q.query(`
      CREATE TABLE backlog_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        backlog_no varchar(30) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        origin varchar(20) NOT NULL,
        township_id uuid NOT NULL REFERENCES org_unit (id),
        hotspot_id uuid REFERENCES risk_hotspot (id),
        leader varchar(50) NOT NULL,
        responsible_org varchar(100) NOT NULL,
        team varchar(200) NOT NULL,
        task text NOT NULL,
        responsibility text NOT NULL,
        plan text NOT NULL,
        deadline date NOT NULL,
        supervision_level varchar(10),
        status varchar(20) NOT NULL DEFAULT 'UNRESOLVED',
        resolution_type varchar(30),
        settled_on date,
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX backlog_case_created_idx ON backlog_case (created_at DESC, id DESC)');
    await q.query('CREATE INDEX backlog_case_township_idx ON backlog_case (township_id, created_at DESC, id DESC)');
    await q.query('CREATE INDEX backlog_case_status_idx ON backlog_case (status, created_at DESC, id DESC)');
    await q.query('ALTER TABLE risk_hotspot ADD CONSTRAINT risk_hotspot_backlog_fk FOREIGN KEY (backlog_case_id) REFERENCES backlog_case (id)');

    await q.query(`
      CREATE TABLE backlog_case_link (
        backlog_id uuid NOT NULL REFERENCES backlog_case (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        PRIMARY KEY (backlog_id, case_id)
      )`);
    await q.query('CREATE INDEX backlog_case_link_case_idx ON backlog_case_link (case_id)');

    await q.query(`
      CREATE TABLE leader_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        backlog_id uuid NOT NULL REFERENCES backlog_case (id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL,
        held_on date NOT NULL,
        place varchar(100) NOT NULL,
        leader varchar(50) NOT NULL,
        people_met varchar(200) NOT NULL,
        result text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX leader_activity_backlog_idx ON leader_activity (backlog_id, held_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE risk_hotspot DROP CONSTRAINT risk_hotspot_backlog_fk');
    for (const table of [
      'leader_activity',
      'backlog_case_link',
      'backlog_case',
      'hotspot_weekly_missing',
      'hotspot_weekly_report',
      'hotspot_case',
      'hotspot_follow_up',
      'risk_hotspot',
      'hotspot_number_counter',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP FUNCTION hotspot_follow_up_append_only()');
  }
}
