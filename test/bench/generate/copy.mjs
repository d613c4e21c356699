// COPY FROM STDIN of generated rows: rows are produced by a generator, turned into COPY text lines
// and streamed in chunks, so a million rows never sit in memory at once.
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const require = createRequire(import.meta.url);
const { from: copyFrom } = require('pg-copy-streams');

const ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;

/** One value in COPY text format: null → \N, arrays → text[] literals, objects → JSON (a jsonb array goes in as a JSON string). */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (value instanceof Date) return value.toISOString();
  else text = JSON.stringify(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]) : text;
}

/** Streams `rows()` (a generator of value arrays) into `table (columns)`; returns the row count. */
export async function copyRows(db, table, columns, rows) {
  let count = 0;
  async function* chunks() {
    let chunk = '';
    for (const row of rows()) {
      chunk += `${row.map(copyValue).join('\t')}\n`;
      count++;
      if (chunk.length > 256 * 1024) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return count;
}

/**
 * Drops the plain (non-constraint) indexes of the tables before a bulk load and returns a function
 * that recreates them from their saved definitions: building an index once is far cheaper than
 * maintaining it row by row.
 */
export async function suspendIndexes(db, tables) {
  const { rows } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await db.query(`DROP INDEX ${r.indexname}`);
  return async () => {
    for (const r of rows) await db.query(r.indexdef);
    return rows.length;
  };
}
