import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_CLOCK_RULES } from '@julu/domain';

/**
 * The statutory workflow: the case's optimistic-lock version and flags, legal clocks and their
 * configurable rules, the event timeline, numbered notices, evaluations, the in-app inbox,
 * administrator-added holiday years and the public lookup's attempt log.
 */
export class Workflow1765300000000 implements MigrationInterface {
  name = 'Workflow1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE petition_case
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN disposition varchar(10),
        ADD COLUMN supervision_level varchar(10),
        ADD COLUMN supervision_since timestamptz,
        ADD COLUMN supervision_note text,
        ADD COLUMN overdue boolean NOT NULL DEFAULT false,
        ADD COLUMN closed_at timestamptz`);
    await q.query('CREATE INDEX petition_case_supervised_idx ON petition_case (registered_at DESC, id DESC) WHERE supervision_level IS NOT NULL OR overdue');
    await q.query('ALTER TABLE app_user ADD COLUMN is_unit_head boolean NOT NULL DEFAULT false');

    await q.query(`
      CREATE TABLE holiday_year (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        notice text NOT NULL,
        holidays jsonb NOT NULL,
        workdays jsonb NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE clock_rule (
        code varchar(4) PRIMARY KEY,
        label varchar(100) NOT NULL,
        article varchar(50) NOT NULL,
        amount int NOT NULL CHECK (amount BETWEEN 1 AND 365),
        unit varchar(12) NOT NULL CHECK (unit IN ('DAYS', 'WORKING_DAYS')),
        party varchar(12) NOT NULL CHECK (party IN ('ORGAN', 'PETITIONER')),
        exclude_start_day boolean NOT NULL DEFAULT true,
        extend_past_days_off boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const r of DEFAULT_CLOCK_RULES) {
      await q.query('INSERT INTO clock_rule (code, label, article, amount, unit, party) VALUES ($1, $2, $3, $4, $5, $6)', [r.code, r.label, r.article, r.amount, r.unit, r.party]);
    }

    // A clock keeps the rule it started under (amount, unit, counting) so a later rule change does
    // not move the deadlines of cases already running.
    await q.query(`
      CREATE TABLE case_clock (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        code varchar(4) NOT NULL,
        party varchar(12) NOT NULL,
        responsible_unit_id uuid REFERENCES org_unit (id),
        status varchar(10) NOT NULL CHECK (status IN ('RUNNING', 'PAUSED', 'STOPPED')),
        started_on date NOT NULL,
        amount int NOT NULL,
        unit varchar(12) NOT NULL,
        exclude_start_day boolean NOT NULL,
        extend_past_days_off boolean NOT NULL,
        due_on date NOT NULL,
        explanation jsonb NOT NULL,
        extended_days int NOT NULL DEFAULT 0,
        pauses jsonb NOT NULL DEFAULT '[]',
        provisional boolean NOT NULL DEFAULT false,
        stopped_at timestamptz,
        stop_reason text,
        overdue boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX case_clock_active_idx ON case_clock (case_id, code) WHERE status <> 'STOPPED'`);
    await q.query(`CREATE INDEX case_clock_due_idx ON case_clock (due_on) WHERE status <> 'STOPPED'`);
    await q.query('CREATE INDEX case_clock_case_idx ON case_clock (case_id)');
    // 我的工作: the running clocks a unit answers for.
    await q.query(`CREATE INDEX case_clock_responsible_idx ON case_clock (responsible_unit_id, due_on) WHERE status <> 'STOPPED'`);

    await q.query(`
      CREATE TABLE case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        action varchar(30) NOT NULL,
        from_state varchar(30),
        to_state varchar(30),
        actor_id uuid REFERENCES app_user (id),
        note text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query('CREATE INDEX case_event_case_idx ON case_event (case_id, id)');

    await q.query(`CREATE TABLE notice_number_counter (year int NOT NULL, kind varchar(20) NOT NULL, last_seq int NOT NULL, PRIMARY KEY (year, kind))`);
    await q.query(`
      CREATE TABLE case_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL,
        year int NOT NULL,
        seq int NOT NULL,
        notice_no varchar(40) NOT NULL UNIQUE,
        title varchar(50) NOT NULL,
        recipient varchar(200) NOT NULL,
        paragraphs jsonb NOT NULL,
        issuer varchar(100) NOT NULL,
        issued_on date NOT NULL,
        issued_by uuid REFERENCES app_user (id),
        delivery_method varchar(20),
        delivered_at timestamptz,
        delivered_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, year, seq)
      )`);
    await q.query('CREATE INDEX case_notice_case_idx ON case_notice (case_id, created_at)');

    await q.query(`
      CREATE TABLE case_evaluation (
        case_id uuid NOT NULL REFERENCES petition_case (id) ON DELETE CASCADE,
        stage varchar(12) NOT NULL CHECK (stage IN ('ACCEPTANCE', 'HANDLING')),
        result varchar(20) NOT NULL CHECK (result IN ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
        source varchar(10) NOT NULL CHECK (source IN ('PUBLIC', 'CALLBACK')),
        comment text,
        recorded_by uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, stage)
      )`);

    // One row per user and reminder: the unique key makes a re-run job a no-op.
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        case_id uuid REFERENCES petition_case (id) ON DELETE CASCADE,
        dedupe_key varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, dedupe_key)
      )`);
    await q.query('CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)');

    await q.query(
      `CREATE TABLE public_lookup_attempt (id bigserial PRIMARY KEY, client varchar(64) NOT NULL, query_code varchar(32) NOT NULL, ok boolean NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query('CREATE INDEX public_lookup_attempt_client_idx ON public_lookup_attempt (client, at)');
    await q.query('CREATE INDEX public_lookup_attempt_code_idx ON public_lookup_attempt (query_code, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'public_lookup_attempt',
      'notification',
      'case_evaluation',
      'case_notice',
      'notice_number_counter',
      'case_event',
      'case_clock',
      'clock_rule',
      'holiday_year',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('ALTER TABLE app_user DROP COLUMN is_unit_head');
    await q.query('DROP INDEX petition_case_supervised_idx');
    await q.query(`ALTER TABLE petition_case DROP COLUMN version, DROP COLUMN disposition, DROP COLUMN supervision_level,
      DROP COLUMN supervision_since, DROP COLUMN supervision_note, DROP COLUMN overdue, DROP COLUMN closed_at`);
  }
}
