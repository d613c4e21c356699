import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../../../test/test-database';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { insertRow, type RowValues, SQL_NOW, updateRows } from './typed-writes';

describe('typed writes from entity metadata (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('inserts by property name, stores JSON as JSON, and answers the columns asked for', async () => {
    const response = { statusCode: 201, body: { ids: ['a', 'b'] } };
    const written = await insertRow(dataSource.manager, IdempotencyKeyEntity, { scope: 'k1', route: 'POST /x', requestHash: 'h'.repeat(64), response, createdAt: new Date() }, [
      'scope',
      'requestHash',
    ]);
    expect(written).toEqual({ scope: 'k1', requestHash: 'h'.repeat(64) });
    const [row]: { response: unknown; kind: string }[] = await dataSource.query(`SELECT response, jsonb_typeof(response) AS kind FROM idempotency_key WHERE scope = 'k1'`);
    expect(row).toEqual({ response, kind: 'object' });
  });

  it('writes a null as SQL NULL, also in a JSON column', async () => {
    await insertRow(dataSource.manager, IdempotencyKeyEntity, { scope: 'k6', route: 'POST /x', requestHash: 'h'.repeat(64), response: null, createdAt: new Date() });
    const [row]: { missing: boolean }[] = await dataSource.query(`SELECT response IS NULL AS missing FROM idempotency_key WHERE scope = 'k6'`);
    expect(row).toEqual({ missing: true });
  });

  it('updates the rows matching every condition and says how many', async () => {
    await insertRow(dataSource.manager, IdempotencyKeyEntity, { scope: 'k2', route: 'POST /x', requestHash: 'h'.repeat(64), createdAt: new Date() });
    expect(await updateRows(dataSource.manager, IdempotencyKeyEntity, { scope: 'k2', route: 'POST /y' }, { response: [1] })).toBe(0);
    expect(await updateRows(dataSource.manager, IdempotencyKeyEntity, { scope: 'k2' }, { response: [1], route: 'POST /z' })).toBe(1);
    const [row]: { response: unknown; route: string }[] = await dataSource.query(`SELECT response, route FROM idempotency_key WHERE scope = 'k2'`);
    expect(row).toEqual({ response: [1], route: 'POST /z' });
  });

  it('takes a timestamp as the ISO text a request carried and lets PostgreSQL read it', async () => {
    await insertRow(dataSource.manager, IdempotencyKeyEntity, { scope: 'k4', route: 'POST /x', requestHash: 'h'.repeat(64), createdAt: '2026-12-01T08:30:00+08:00' });
    const [row]: { created_at: Date }[] = await dataSource.query(`SELECT created_at FROM idempotency_key WHERE scope = 'k4'`);
    expect(row.created_at.toISOString()).toBe('2026-12-01T00:30:00.000Z');
  });

  it('lets PostgreSQL write now() (the transaction time, to the microsecond) for SQL_NOW', async () => {
    await dataSource.transaction(async (m) => {
      await m.query('SELECT pg_sleep(0.01)');
      await insertRow(m, IdempotencyKeyEntity, { scope: 'k5', route: 'POST /x', requestHash: 'h'.repeat(64), createdAt: SQL_NOW });
      const [inserted]: { same: boolean }[] = await m.query(`SELECT created_at = now() AS same FROM idempotency_key WHERE scope = 'k5'`);
      expect(inserted).toEqual({ same: true });
    });
    await dataSource.transaction(async (m) => {
      await m.query('SELECT pg_sleep(0.01)');
      expect(await updateRows(m, IdempotencyKeyEntity, { scope: 'k5' }, { createdAt: SQL_NOW, route: 'POST /y' })).toBe(1);
      const [updated]: { same: boolean; route: string }[] = await m.query(`SELECT created_at = now() AS same, route FROM idempotency_key WHERE scope = 'k5'`);
      expect(updated).toEqual({ same: true, route: 'POST /y' });
    });
  });

  it('refuses a property the entity does not map, and an update without a condition', async () => {
    const stray = { scope: 'k3', nonsense: 1 } as RowValues<IdempotencyKeyEntity>;
    await expect(insertRow(dataSource.manager, IdempotencyKeyEntity, stray)).rejects.toThrow('no column for property nonsense');
    await expect(updateRows(dataSource.manager, IdempotencyKeyEntity, {}, { route: 'x' })).rejects.toThrow('needs a condition');
  });
});
