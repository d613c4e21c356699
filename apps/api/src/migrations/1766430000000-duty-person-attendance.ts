import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance per person (issue 16, DOMAIN.md §3.3/§3.5): each rostered person on a shift, the leader
 * on duty included, checks in and out for themself; completion and the subsidy count the
 * person-shifts actually worked. The shift's own check-in/out columns stay as its first arrival
 * and its last departure.
 *
 * Old data had one check-in and one check-out per shift. They carry over as evidence of the people
 * who made them: the member who checked in, and the member who checked out (if another), are
 * recorded as having worked the shift with its check-in and check-out times. The other members of
 * a shift that was over (completed or missed) have no evidence of attendance and are marked missed
 * at the time the shift was closed; members of shifts still planned or on duty are left to check in
 * (or to be marked missed by the duty sweep). Sheets already approved keep their lines as paid.
 */
export class DutyPersonAttendance1766430000000 implements MigrationInterface {
  name = 'DutyPersonAttendance1766430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE duty_shift_member
        ADD COLUMN check_in_at timestamptz,
        ADD COLUMN check_out_at timestamptz,
        ADD COLUMN missed_at timestamptz,
        ADD CONSTRAINT duty_shift_member_out_after_in CHECK (check_out_at IS NULL OR check_in_at IS NOT NULL),
        ADD CONSTRAINT duty_shift_member_missed_or_in CHECK (missed_at IS NULL OR check_in_at IS NULL)`);
    await q.query(`
      UPDATE duty_shift_member m SET check_in_at = s.check_in_at, check_out_at = s.check_out_at
      FROM duty_shift s
      WHERE m.shift_id = s.id AND s.check_in_at IS NOT NULL AND m.user_id IN (s.checked_in_by, s.checked_out_by)`);
    await q.query(`
      UPDATE duty_shift_member m SET missed_at = coalesce(s.missed_at, s.check_out_at, s.end_at)
      FROM duty_shift s
      WHERE m.shift_id = s.id AND s.status IN ('COMPLETED', 'MISSED') AND m.check_in_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE duty_shift_member
        DROP CONSTRAINT duty_shift_member_missed_or_in,
        DROP CONSTRAINT duty_shift_member_out_after_in,
        DROP COLUMN missed_at,
        DROP COLUMN check_out_at,
        DROP COLUMN check_in_at`);
  }
}
