import type { DataSource } from 'typeorm';
import { createMigratedDataSource, type TestDatabase } from '../test/test-database';

interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  element_type: string | null;
  is_nullable: 'YES' | 'NO';
  character_maximum_length: number | null;
}

/** One column as the schema has it, and as an entity claims it: any difference is drift. */
interface ColumnShape {
  column: string;
  type: string;
  array: boolean;
  nullable: boolean;
  length: number | null;
}

describe('entities match the migrated schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let schema: Map<string, ColumnShape[]>;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    const rows: SchemaColumn[] = await dataSource.query(
      `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.character_maximum_length,
              (SELECT e.data_type FROM information_schema.element_types e
                WHERE e.object_schema = c.table_schema AND e.object_name = c.table_name AND e.object_type = 'TABLE' AND e.collection_type_identifier = c.dtd_identifier) AS element_type
       FROM information_schema.columns c WHERE c.table_schema = 'public' ORDER BY c.table_name, c.column_name`,
    );
    schema = new Map();
    for (const r of rows) {
      const array = r.data_type === 'ARRAY';
      const shape = { column: r.column_name, type: array ? (r.element_type ?? '?') : r.data_type, array, nullable: r.is_nullable === 'YES', length: r.character_maximum_length };
      schema.set(r.table_name, [...(schema.get(r.table_name) ?? []), shape]);
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('has an entity for every table but schema_migrations (TypeORM’s own)', () => {
    const mapped = new Set(dataSource.entityMetadatas.map((m) => m.tableName));
    const without = [...schema.keys()].filter((t) => !mapped.has(t));
    expect(without.sort()).toEqual(['schema_migrations']);
  });

  it('gives every entity exactly the columns, types and nullability of its table', () => {
    const drift: string[] = [];
    const describe = (c: ColumnShape): string => `${c.type}${c.array ? '[]' : ''}${c.length ? `(${c.length})` : ''}${c.nullable ? ' NULL' : ' NOT NULL'}`;
    for (const metadata of dataSource.entityMetadatas) {
      const table = new Map((schema.get(metadata.tableName) ?? []).map((c) => [c.column, c]));
      if (table.size === 0) drift.push(`${metadata.name}: no table ${metadata.tableName}`);
      const mapped = new Set<string>();
      for (const c of metadata.columns) {
        const type = dataSource.driver.normalizeType(c);
        const entity: ColumnShape = {
          column: c.databaseName,
          type,
          array: c.isArray,
          nullable: c.isNullable,
          length: c.length ? Number(c.length) : type === 'character' ? 1 : null,
        };
        const actual = table.get(c.databaseName);
        mapped.add(c.databaseName);
        if (!actual) drift.push(`${metadata.tableName}.${c.databaseName}: in ${metadata.name}, not in the table`);
        else if (describe(entity) !== describe(actual))
          drift.push(`${metadata.tableName}.${c.databaseName}: ${metadata.name} says ${describe(entity)}, the table has ${describe(actual)}`);
      }
      for (const column of table.keys()) if (!mapped.has(column)) drift.push(`${metadata.tableName}.${column}: in the table, not in ${metadata.name}`);
    }
    expect(drift).toEqual([]);
  });
});
