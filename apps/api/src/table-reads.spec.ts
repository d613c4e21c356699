import { resolve } from 'node:path';
import { TABLE_OWNERS } from './table-owners';
import { SHARED_READ_TABLES, TABLE_READ_ALLOW_LIST } from '../test/table-read-allow-list';
import { readsIn, type TableRead } from '../test/table-reads';
import { productFiles } from '../test/table-writes';

const SRC = resolve(__dirname);
const key = (r: Pick<TableRead, 'file' | 'table'>): string => `${r.file} → ${r.table}`;

/**
 * Reads of a table from outside its owner (issue 18.1): a module asks the owner through its index.ts
 * (petitions' case lookups apply the case-visibility rule, so no query can forget it). Reference
 * tables anyone may join, and read models that stay hand-written SQL, are listed with a reason.
 */
describe('table ownership: reads come from the table’s owner or a listed read model', () => {
  const tables = new Set(TABLE_OWNERS.keys());
  const reads = productFiles(SRC).flatMap((f) => readsIn(f, SRC, tables));
  const shared = new Set(SHARED_READ_TABLES.map((s) => s.table));
  const foreign = reads.filter((r) => !r.file.startsWith(`${TABLE_OWNERS.get(r.table)}/`) && !shared.has(r.table));
  const allowed = TABLE_READ_ALLOW_LIST.flatMap((a) => a.tables.map((table) => key({ file: a.file, table })));

  it('finds the reads (the scanner itself works)', () => {
    expect(reads.find((r) => r.file === 'modules/indicators/sources/workflow-sources.ts' && r.table === 'case_clock')).toBeDefined();
    expect(reads.find((r) => r.file === 'modules/petitions/cases/case-lookups.ts' && r.table === 'petition_case')).toBeDefined();
    // A DELETE is a write (table-owners.spec.ts), not a read.
    expect(reads.find((r) => r.file === 'modules/budget/goal-import.service.ts' && r.table === 'budget_goal_row')).toBeUndefined();
  });

  it('has no read outside the owner but of a shared table or on the allow-list', () => {
    const listed = new Set(allowed);
    const unexpected = foreign.filter((r) => !listed.has(key(r))).map((r) => `${key(r)} (line ${r.line}; owner ${TABLE_OWNERS.get(r.table) ?? 'none'})`);
    // Each is fixed by asking the owner through its index.ts (for cases: petitions' case lookups).
    expect(unexpected).toEqual([]);
  });

  it('keeps the allow-list shrinking: an entry that is no longer a foreign read must go', () => {
    const seen = new Set(foreign.map(key));
    expect(allowed.filter((a) => !seen.has(a))).toEqual([]);
    expect(SHARED_READ_TABLES.filter((s) => !TABLE_OWNERS.has(s.table)).map((s) => s.table)).toEqual([]);
  });

  it('gives every entry a reason and lists each file once', () => {
    for (const entry of [...TABLE_READ_ALLOW_LIST, ...SHARED_READ_TABLES]) expect(entry.reason.trim().length).toBeGreaterThan(10);
    const files = TABLE_READ_ALLOW_LIST.map((a) => a.file);
    expect(files.filter((f, i) => files.indexOf(f) !== i)).toEqual([]);
  });
});
