import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 值班 (DOMAIN.md §3): sensitive periods, rosters with their shifts and members, handovers,
 * unavailability, swap requests, daily reports and their flags, subsidy rates and payment sheets,
 * and return escorts. The escort table has no column for holding or restricting anyone.
 */
export class Duty1765400000000 implements MigrationInterface {
  name = 'Duty1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sensitive_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        name varchar(50) NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        scope varchar(12) NOT NULL CHECK (scope IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')),
        start_on date NOT NULL,
        end_on date NOT NULL,
        shift_pattern varchar(10) NOT NULL CHECK (shift_pattern IN ('H24', 'DAY_NIGHT')),
        report_due_time varchar(5) NOT NULL,
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (start_on <= end_on),
        UNIQUE (year, name)
      )`);
    await q.query('CREATE INDEX sensitive_period_start_idx ON sensitive_period (start_on, id)');

    await q.query(`
      CREATE TABLE duty_roster (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        period_id uuid REFERENCES sensitive_period (id),
        date_from date NOT NULL,
        date_to date NOT NULL,
        pattern varchar(10) NOT NULL CHECK (pattern IN ('H24', 'DAY_NIGHT')),
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
        report_due_time varchar(5) NOT NULL,
        template jsonb NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        closed_at timestamptz,
        CHECK (date_from <= date_to)
      )`);
    await q.query('CREATE INDEX duty_roster_unit_idx ON duty_roster (unit_id, date_from DESC, id DESC)');
    await q.query('CREATE INDEX duty_roster_list_idx ON duty_roster (date_from DESC, id DESC)');

    await q.query(`
      CREATE TABLE duty_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roster_id uuid NOT NULL REFERENCES duty_roster (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        date date NOT NULL,
        type varchar(6) NOT NULL CHECK (type IN ('H24', 'DAY', 'NIGHT')),
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        leader_id uuid NOT NULL REFERENCES app_user (id),
        duty_phone varchar(30) NOT NULL DEFAULT '',
        status varchar(10) NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ON_DUTY', 'COMPLETED', 'MISSED')),
        check_in_at timestamptz,
        checked_in_by uuid REFERENCES app_user (id),
        check_out_at timestamptz,
        checked_out_by uuid REFERENCES app_user (id),
        missed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        UNIQUE (roster_id, date, type),
        CHECK (start_at < end_at)
      )`);
    await q.query('CREATE INDEX duty_shift_unit_date_idx ON duty_shift (unit_id, date)');
    await q.query(`CREATE INDEX duty_shift_planned_idx ON duty_shift (start_at) WHERE status = 'PLANNED'`);
    await q.query(`CREATE INDEX duty_shift_open_idx ON duty_shift (end_at) WHERE status = 'ON_DUTY'`);

    // Everyone on a shift, the leader included: subsidies count persons, swaps replace one row.
    await q.query(`
      CREATE TABLE duty_shift_member (
        shift_id uuid NOT NULL REFERENCES duty_shift (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        role varchar(6) NOT NULL CHECK (role IN ('LEADER', 'STAFF')),
        position smallint NOT NULL,
        PRIMARY KEY (shift_id, user_id)
      )`);
    await q.query('CREATE INDEX duty_shift_member_user_idx ON duty_shift_member (user_id)');

    await q.query(`
      CREATE TABLE duty_handover (
        shift_id uuid PRIMARY KEY REFERENCES duty_shift (id) ON DELETE CASCADE,
        note text NOT NULL,
        pending_items text NOT NULL DEFAULT '',
        written_by uuid NOT NULL REFERENCES app_user (id),
        written_at timestamptz NOT NULL DEFAULT now(),
        received_by uuid REFERENCES app_user (id),
        received_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE duty_unavailability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        date_from date NOT NULL,
        date_to date NOT NULL,
        reason varchar(200) NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (date_from <= date_to)
      )`);
    await q.query('CREATE INDEX duty_unavailability_unit_idx ON duty_unavailability (unit_id, date_from)');

    await q.query(`
      CREATE TABLE duty_swap (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(10) NOT NULL CHECK (kind IN ('SUBSTITUTE', 'EXCHANGE')),
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        shift_id uuid NOT NULL REFERENCES duty_shift (id) ON DELETE CASCADE,
        counterpart_shift_id uuid REFERENCES duty_shift (id) ON DELETE CASCADE,
        from_user_id uuid NOT NULL REFERENCES app_user (id),
        to_user_id uuid NOT NULL REFERENCES app_user (id),
        reason varchar(200) NOT NULL,
        requested_by uuid NOT NULL REFERENCES app_user (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_note varchar(200),
        CHECK ((kind = 'EXCHANGE') = (counterpart_shift_id IS NOT NULL))
      )`);
    await q.query('CREATE INDEX duty_swap_list_idx ON duty_swap (requested_at DESC, id DESC)');
    await q.query('CREATE INDEX duty_swap_unit_idx ON duty_swap (unit_id, requested_at DESC, id DESC)');

    await q.query(`
      CREATE TABLE duty_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        report_date date NOT NULL,
        type varchar(6) NOT NULL CHECK (type IN ('DAILY', 'ZERO')),
        has_abnormal boolean NOT NULL,
        content text NOT NULL,
        key_person_dynamics text NOT NULL DEFAULT '',
        submitted_at timestamptz NOT NULL DEFAULT now(),
        submitted_by uuid NOT NULL REFERENCES app_user (id),
        due_at timestamptz NOT NULL,
        UNIQUE (unit_id, report_date),
        CHECK (type = 'DAILY' OR NOT has_abnormal)
      )`);
    await q.query('CREATE INDEX duty_report_date_idx ON duty_report (report_date DESC, id DESC)');

    // One flag per unit-day and kind: the sweep inserts with ON CONFLICT DO NOTHING, so a re-run flags nothing twice.
    await q.query(`
      CREATE TABLE duty_report_flag (
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        report_date date NOT NULL,
        kind varchar(8) NOT NULL CHECK (kind IN ('MISSING', 'LATE')),
        due_at timestamptz NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit_id, report_date, kind)
      )`);

    await q.query(`
      CREATE TABLE duty_subsidy_rate (
        effective_from date PRIMARY KEY,
        yuan_per_person_day numeric(8, 2) NOT NULL CHECK (yuan_per_person_day > 0),
        half_shift_person_days numeric(3, 2) NOT NULL CHECK (half_shift_person_days > 0 AND half_shift_person_days <= 1),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Julu's standard (DOMAIN.md §6.2: 180元/人/天, 文件规定); administrators add later rates.
    await q.query(`INSERT INTO duty_subsidy_rate (effective_from, yuan_per_person_day, half_shift_person_days) VALUES ('2020-01-01', 180, 0.5)`);

    await q.query(`
      CREATE TABLE duty_subsidy_sheet (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        period_id uuid REFERENCES sensitive_period (id),
        month varchar(7),
        date_from date NOT NULL,
        date_to date NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
        budget_project_code varchar(40) NOT NULL,
        total_person_days numeric(10, 2) NOT NULL,
        total_fen bigint NOT NULL,
        unpaid_shifts int NOT NULL,
        segments jsonb NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        approved_by uuid REFERENCES app_user (id),
        approved_at timestamptz,
        CHECK ((month IS NULL) <> (period_id IS NULL))
      )`);
    await q.query('CREATE INDEX duty_subsidy_sheet_list_idx ON duty_subsidy_sheet (created_at DESC, id DESC)');
    await q.query(`
      CREATE TABLE duty_subsidy_line (
        sheet_id uuid NOT NULL REFERENCES duty_subsidy_sheet (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        shifts int NOT NULL,
        person_days numeric(8, 2) NOT NULL,
        amount_fen bigint NOT NULL,
        PRIMARY KEY (sheet_id, user_id)
      )`);
    // A shift is paid once: the primary key refuses a second approved sheet covering it.
    await q.query(`
      CREATE TABLE duty_subsidy_paid_shift (
        shift_id uuid PRIMARY KEY REFERENCES duty_shift (id),
        sheet_id uuid NOT NULL REFERENCES duty_subsidy_sheet (id)
      )`);
    await q.query(`
      CREATE TABLE duty_subsidy_sheet_shift (
        sheet_id uuid NOT NULL REFERENCES duty_subsidy_sheet (id) ON DELETE CASCADE,
        shift_id uuid NOT NULL REFERENCES duty_shift (id),
        PRIMARY KEY (sheet_id, shift_id)
      )`);

    await q.query(`
      CREATE TABLE return_escort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        kind varchar(10) NOT NULL CHECK (kind IN ('PERSUADE', 'PICK_UP')),
        petitioner_names varchar(200) NOT NULL,
        people_count int NOT NULL CHECK (people_count BETWEEN 1 AND 999),
        found_at timestamptz NOT NULL,
        place varchar(100) NOT NULL,
        place_kind varchar(20) NOT NULL CHECK (place_kind IN ('RECEPTION_SITE', 'NON_RECEPTION_SITE')),
        matter text NOT NULL,
        staff text[] NOT NULL,
        leader_name varchar(50) NOT NULL,
        departure_at timestamptz,
        arrival_at timestamptz,
        transport varchar(100) NOT NULL DEFAULT '',
        cost_fen bigint NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
        cost_note varchar(200) NOT NULL DEFAULT '',
        case_id uuid REFERENCES petition_case (id),
        voluntary boolean NOT NULL,
        voluntariness_note text NOT NULL,
        follow_up text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (arrival_at IS NULL OR departure_at IS NULL OR departure_at <= arrival_at)
      )`);
    await q.query('CREATE INDEX return_escort_list_idx ON return_escort (found_at DESC, id DESC)');
    await q.query('CREATE INDEX return_escort_unit_idx ON return_escort (unit_id, found_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'return_escort',
      'duty_subsidy_sheet_shift',
      'duty_subsidy_paid_shift',
      'duty_subsidy_line',
      'duty_subsidy_sheet',
      'duty_subsidy_rate',
      'duty_report_flag',
      'duty_report',
      'duty_swap',
      'duty_unavailability',
      'duty_handover',
      'duty_shift_member',
      'duty_shift',
      'duty_roster',
      'sensitive_period',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
