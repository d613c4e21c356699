import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { MIGRATIONS } from '../../migrations';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

describe('migrations under the advisory lock (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 3; i++) {
      const ds = new DataSource(dataSourceOptions(db.url, `julu-migrate-${i}`));
      await ds.initialize();
      sources.push(ds);
    }
  });

  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await db.drop();
  });

  it('lets three processes race: every migration is applied exactly once', async () => {
    const results = await Promise.all(sources.map((s) => runMigrations(s)));
    const appliedNames = results.flat();
    expect(appliedNames.sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    const rows: { name: string }[] = await sources[0].query('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name).sort()).toEqual(appliedNames.sort());
  });

  it('is a no-op the second time', async () => {
    await expect(runMigrations(sources[1])).resolves.toEqual([]);
  });

  it('can be reverted with down() and applied again', async () => {
    const ds = sources[2];
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`);
    expect(tables[0].n).toBe(0);
    expect(await runMigrations(ds)).toHaveLength(MIGRATIONS.length);
  });
});
