import { passwordPolicyProblems } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { verifyPassword } from '../modules/identity/password-hasher';
import { createMigratedDataSource, type TestDatabase } from '../../test/test-database';
import { seedDemoData, seedProductionData } from './seed-demo-data';

describe('seedProductionData: a production first start (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('creates one administrator with a generated password under the policy, and no demo account', async () => {
    const result = await seedProductionData(dataSource);
    expect(result).toMatchObject({ seeded: true, usernames: ['admin'] });
    const password = result.generatedPassword ?? '';
    expect(passwordPolicyProblems(password, 'admin')).toEqual([]);
    const users: { username: string; role: string; password_hash: string }[] = await dataSource.query('SELECT username, role, password_hash FROM app_user');
    expect(users.map((u) => [u.username, u.role])).toEqual([['admin', 'ADMIN']]);
    expect(users[0].password_hash).not.toContain(password);
    expect(await verifyPassword(users[0].password_hash, password)).toBe(true);
    const [{ n }]: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM org_unit');
    expect(n).toBeGreaterThan(10);
  });

  it('leaves a database that has users alone, the demo seed included', async () => {
    expect(await seedProductionData(dataSource)).toEqual({ seeded: false, usernames: [] });
    expect(await seedDemoData(dataSource, 'demo-password-1')).toEqual({ seeded: false, usernames: [] });
    const [{ n }]: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM app_user');
    expect(n).toBe(1);
  });
});
