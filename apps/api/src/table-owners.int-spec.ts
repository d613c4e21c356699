import type { DataSource } from 'typeorm';
import { TABLE_OWNERS } from './table-owners';
import { createMigratedDataSource, type TestDatabase } from '../test/test-database';

describe('table ownership after every migration (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('gives every table an owner, and lists no table that does not exist', async () => {
    const rows: { table_name: string }[] = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
    const tables = rows.map((r) => r.table_name);
    expect(tables.length).toBeGreaterThan(50);
    expect(tables.filter((t) => !TABLE_OWNERS.has(t))).toEqual([]);
    expect([...TABLE_OWNERS.keys()].filter((t) => !tables.includes(t))).toEqual([]);
  });
});
