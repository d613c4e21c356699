import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Typed writes built from an entity's metadata: the property names and value types are checked by
 * the compiler against the entity, the entity against the schema (entities.int-spec.ts), and the
 * SQL is one parameterised statement on the caller's transaction (so row-level security applies
 * as to any other query). Properties left undefined are not written: the column default applies.
 * A null is SQL NULL, also in a JSON column (not the JSON value null).
 * A timestamp may also be given as the ISO text a request carried: PostgreSQL parses it, in its own
 * time zone, exactly as a hand-written statement would; or as SQL_NOW, which PostgreSQL writes as
 * `now()` (the transaction's start time, to the microsecond), exactly as a hand-written `= now()`.
 */
export const SQL_NOW: unique symbol = Symbol('now()');

export type RowValues<E> = { [K in keyof E]?: E[K] extends Date | null ? E[K] | string | typeof SQL_NOW : E[K] };

/** Each written property as its quoted column and the SQL of its value (a new parameter, or now()). */
function assignmentsOf<E extends ObjectLiteral>(metadata: EntityMetadata, values: RowValues<E>, params: unknown[]): { column: string; value: string }[] {
  const assignments: { column: string; value: string }[] = [];
  for (const [property, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
    if (value === SQL_NOW) {
      assignments.push({ column: `"${column.databaseName}"`, value: 'now()' });
      continue;
    }
    const json = column.type === 'jsonb' || column.type === 'json';
    params.push(json && value !== null ? JSON.stringify(value) : value);
    assignments.push({ column: `"${column.databaseName}"`, value: `$${params.length}` });
  }
  return assignments;
}

function returningOf<E extends ObjectLiteral>(metadata: EntityMetadata, returning: readonly (keyof E & string)[]): string {
  if (returning.length === 0) return '';
  return ` RETURNING ${returning.map((p) => `"${metadata.findColumnWithPropertyName(p)?.databaseName ?? p}" AS "${p}"`).join(', ')}`;
}

/** Rows of an INSERT/UPDATE … RETURNING (TypeORM's postgres driver answers an UPDATE with [rows, count]). */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/** INSERT one row; answers the `returning` properties of the row written. */
export async function insertRow<E extends ObjectLiteral, K extends keyof E & string = never>(
  m: EntityManager,
  entity: EntityTarget<E>,
  values: RowValues<E>,
  returning: readonly K[] = [],
): Promise<Pick<E, K>> {
  const metadata = m.connection.getMetadata(entity);
  const params: unknown[] = [];
  const assignments = assignmentsOf(metadata, values, params);
  const columns = assignments.map((a) => a.column).join(', ');
  const rows = rowsOf<Pick<E, K>>(
    await m.query(`INSERT INTO "${metadata.tableName}" (${columns}) VALUES (${assignments.map((a) => a.value).join(', ')})${returningOf(metadata, returning)}`, params),
  );
  return rows[0] ?? ({} as Pick<E, K>);
}

/** UPDATE the rows matching every `where` property; answers how many were written. */
export async function updateRows<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, where: RowValues<E>, values: RowValues<E>): Promise<number> {
  const metadata = m.connection.getMetadata(entity);
  const params: unknown[] = [];
  const sets = assignmentsOf(metadata, values, params).map((a) => `${a.column} = ${a.value}`);
  if (sets.length === 0) return 0;
  const conditions = assignmentsOf(metadata, where, params).map((a) => `${a.column} = ${a.value}`);
  if (conditions.length === 0) throw new Error(`updateRows on ${metadata.name} needs a condition`);
  const primary = metadata.primaryColumns[0]?.databaseName ?? 'ctid';
  return rowsOf(await m.query(`UPDATE "${metadata.tableName}" SET ${sets.join(', ')} WHERE ${conditions.join(' AND ')} RETURNING "${primary}"`, params)).length;
}
