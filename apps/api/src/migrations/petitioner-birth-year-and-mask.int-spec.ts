import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../../test/test-database';
import { PetitionerBirthYearAndMask1766310000000 } from './1766310000000-petitioner-birth-year-and-mask';

describe('migration: petitioner birth date → birth year, masks lose digits 5–6 (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const migration = new PetitionerBirthYearAndMask1766310000000();

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('rewrites rows stored the old way so that no plaintext completes an ID number', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO petitioner (name, id_type, id_number_masked, gender, birth_date) VALUES
           ('旧甲', 'RESIDENT_ID', '130529********123X', 'MALE', '1980-01-01'),
           ('旧乙', 'PASSPORT', '*********', NULL, NULL),
           ('旧丙', 'OTHER', 'AB1234*5678', NULL, NULL),
           ('旧丁', 'OTHER', NULL, NULL, NULL)`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { name: string; id_number_masked: string | null; birth_year: number | null }[] = await dataSource.query(
      'SELECT name, id_number_masked, birth_year FROM petitioner',
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, [r.id_number_masked, r.birth_year]]))).toEqual({
      旧甲: ['1305**********123X', 1980],
      旧乙: ['*********', null],
      旧丙: ['AB12***5678', null],
      旧丁: [null, null],
    });
    const columns = await dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'petitioner' AND column_name LIKE 'birth%'`);
    expect(columns).toEqual([{ column_name: 'birth_year' }]);
    const plain = await dataSource.query(`SELECT count(*)::int AS n FROM petitioner p WHERE p::text LIKE '%19800101%' OR p::text LIKE '%1980-01-01%' OR p::text LIKE '%130529%'`);
    expect(plain[0].n).toBe(0);
  });
});
