import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../../../../test/test-database';
import { PUBLIC_LOOKUP_RETENTION_DAYS, PublicLookupRetention } from './lookup-retention';

describe('public lookup log retention (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    ({ db, dataSource: ds } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('网络安全法 Art 21: keeps six months of the public lookup log and removes what is older, once', async () => {
    const add = (daysAgo: number, code: string) =>
      ds.query(`INSERT INTO public_lookup_attempt (client, query_code, ok, at) VALUES ('198.51.100.7', $1, false, now() - make_interval(days => $2))`, [code, daysAgo]);
    await add(PUBLIC_LOOKUP_RETENTION_DAYS + 1, 'OLD1');
    await add(PUBLIC_LOOKUP_RETENTION_DAYS + 400, 'OLD2');
    await add(PUBLIC_LOOKUP_RETENTION_DAYS - 1, 'KEPT');
    await add(0, 'TODAY');
    const retention = new PublicLookupRetention(ds);
    expect(await retention.run()).toEqual({ removed: 2 });
    expect(await retention.run()).toEqual({ removed: 0 });
    const codes = (await ds.query('SELECT query_code FROM public_lookup_attempt ORDER BY query_code')).map((r: { query_code: string }) => r.query_code);
    expect(codes).toEqual(['KEPT', 'TODAY']);
  });
});
