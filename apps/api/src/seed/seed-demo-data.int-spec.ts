import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../../test/test-database';
import { seedDemoData } from './seed-demo-data';

describe('seedDemoData (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('seeds an empty database once even when two starts race, and never resets passwords', async () => {
    const [a, b] = await Promise.all([seedDemoData(dataSource), seedDemoData(dataSource)]);
    expect([a.seeded, b.seeded].sort()).toEqual([false, true]);
    const first = a.seeded ? a : b;
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(first.usernames).toEqual(['admin', 'supervisor', 'reception', 'handler', 'handlerhead', 'township']);

    const before: { password_hash: string }[] = await dataSource.query('SELECT password_hash FROM app_user ORDER BY username');
    const again = await seedDemoData(dataSource, 'another-password');
    expect(again).toEqual({ seeded: false, usernames: [] });
    const after: { password_hash: string }[] = await dataSource.query('SELECT password_hash FROM app_user ORDER BY username');
    expect(after).toEqual(before);
  });

  it('builds the Julu org tree: 8 towns, 2 townships, 2 zones, the bureau and county departments', async () => {
    const rows: { type: string; n: number }[] = await dataSource.query('SELECT type, count(*)::int AS n FROM org_unit GROUP BY type ORDER BY type');
    expect(Object.fromEntries(rows.map((r) => [r.type, r.n]))).toEqual({
      BUREAU: 1,
      COMMUNITY: 34,
      COUNTY: 1,
      DEPARTMENT: 10,
      DEV_ZONE: 2,
      TOWN: 8,
      TOWNSHIP: 2,
      VILLAGE: 92,
    });
    const guanzhai: { aliases: string[]; code: string }[] = await dataSource.query(`SELECT aliases, code FROM org_unit WHERE name = '观寨镇'`);
    expect(guanzhai[0]).toEqual({ aliases: ['观寨乡'], code: '130529107' });
  });

  it('binds the township officer to 巨鹿镇 and the handler to a county department', async () => {
    const rows: { username: string; role: string; unit: string }[] = await dataSource.query(
      `SELECT u.username, u.role, o.name AS unit FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id
       WHERE u.username IN ('township', 'handler') ORDER BY u.username`,
    );
    expect(rows).toEqual([
      { username: 'handler', role: 'HANDLER', unit: '县人力资源和社会保障局' },
      { username: 'township', role: 'TOWNSHIP_OFFICER', unit: '巨鹿镇' },
    ]);
  });
});
