import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../../test/test-database';
import { DutyPersonAttendance1766430000000 } from './1766430000000-duty-person-attendance';

describe('migration: per-shift check-ins → per-person attendance (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const migration = new DutyPersonAttendance1766430000000();

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('DOMAIN.md §3.3: the member who checked in (and the one who checked out) carry the old record; the others of a closed shift are 缺岗', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const [{ id: unit }] = await runner.query(`INSERT INTO org_unit (name, type) VALUES ('迁移测试镇', 'TOWN') RETURNING id`);
      const users: Record<string, string> = {};
      for (const name of ['领导', '甲', '乙', '丙']) {
        const [{ id }] = await runner.query(
          `INSERT INTO app_user (username, display_name, password_hash, role, org_unit_id) VALUES ($1, $2, 'x', 'TOWNSHIP_OFFICER', $3) RETURNING id`,
          [`migr-${Object.keys(users).length}`, name, unit],
        );
        users[name] = id;
      }
      const [{ id: roster }] = await runner.query(
        `INSERT INTO duty_roster (unit_id, date_from, date_to, pattern, status, report_due_time, template) VALUES ($1, '2026-02-01', '2026-02-04', 'H24', 'PUBLISHED', '16:30', '{}') RETURNING id`,
        [unit],
      );
      const shift = async (date: string, status: string, inBy: string | null, outBy: string | null): Promise<void> => {
        const start = `${date}T08:30:00+08:00`;
        const [{ id }] = await runner.query(
          `INSERT INTO duty_shift (roster_id, unit_id, date, type, start_at, end_at, leader_id, status, check_in_at, checked_in_by, check_out_at, checked_out_by, missed_at)
           VALUES ($1, $2, $3, 'H24', $4, $4::timestamptz + interval '1 day', $5, $6::varchar, CASE WHEN $7::uuid IS NULL THEN NULL ELSE $4::timestamptz END, $7,
                   CASE WHEN $8::uuid IS NULL THEN NULL ELSE $4::timestamptz + interval '23 hours' END, $8, CASE WHEN $6::varchar = 'MISSED' THEN $4::timestamptz + interval '30 minutes' END) RETURNING id`,
          [roster, unit, date, start, users['领导'], status, inBy, outBy],
        );
        for (const [position, name] of ['领导', '甲', '乙'].entries()) {
          await runner.query(`INSERT INTO duty_shift_member (shift_id, user_id, role, position) VALUES ($1, $2, $3, $4)`, [
            id,
            users[name],
            name === '领导' ? 'LEADER' : 'STAFF',
            position,
          ]);
        }
      };
      await shift('2026-02-01', 'COMPLETED', users['甲'], users['甲']);
      await shift('2026-02-02', 'COMPLETED', users['领导'], users['乙']);
      await shift('2026-02-03', 'MISSED', null, null);
      await shift('2026-02-04', 'ON_DUTY', users['甲'], null);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { date: string; name: string; state: string }[] = await dataSource.query(
      `SELECT s.date::text AS date, u.display_name AS name,
              CASE WHEN x.check_out_at IS NOT NULL THEN 'worked' WHEN x.check_in_at IS NOT NULL THEN 'on duty' WHEN x.missed_at IS NOT NULL THEN 'missed' ELSE 'expected' END AS state
       FROM duty_shift_member x JOIN duty_shift s ON s.id = x.shift_id JOIN app_user u ON u.id = x.user_id ORDER BY s.date, x.position`,
    );
    const byDate = (d: string) => rows.filter((r) => r.date === d).map((r) => `${r.name}:${r.state}`);
    expect(byDate('2026-02-01')).toEqual(['领导:missed', '甲:worked', '乙:missed']);
    expect(byDate('2026-02-02')).toEqual(['领导:worked', '甲:missed', '乙:worked']);
    expect(byDate('2026-02-03')).toEqual(['领导:missed', '甲:missed', '乙:missed']);
    expect(byDate('2026-02-04')).toEqual(['领导:expected', '甲:on duty', '乙:expected']);
  });
});
