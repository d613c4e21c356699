import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from './entities';
import { TABLE_OWNERS } from './table-owners';
import { TABLE_WRITE_ALLOW_LIST } from '../test/table-write-allow-list';
import { productFiles, type TableWrite, writesIn } from '../test/table-writes';

const SRC = resolve(__dirname);

function entityTables(): Map<string, string> {
  const tables = getMetadataArgsStorage().tables;
  return new Map(
    ENTITIES.map((entity) => {
      const table = tables.find((t) => t.target === entity);
      return [entity.name, table?.name ?? ''];
    }),
  );
}

const key = (w: Pick<TableWrite, 'file' | 'table'>): string => `${w.file} → ${w.table}`;

describe('table ownership: every write comes from the table’s owner', () => {
  const tables = new Set(TABLE_OWNERS.keys());
  const writes = productFiles(SRC).flatMap((f) => writesIn(f, SRC, tables, entityTables()));
  const violations = writes.filter((w) => {
    const owner = TABLE_OWNERS.get(w.table);
    return !owner || !w.file.startsWith(`${owner}/`);
  });

  it('finds the writes (the scanner itself works)', () => {
    expect(writes.find((w) => w.file === 'modules/audit/audit.service.ts' && w.table === 'audit_log')).toBeDefined();
    expect(writes.find((w) => w.file === 'core/outbox/outbox.service.ts' && w.table === 'outbox_event')).toBeDefined();
    expect(writes.find((w) => w.file === 'modules/org/seed/seed-villages.ts' && w.table === 'org_unit')).toBeDefined();
    // Typed writes through an entity count too.
    const typed = writes.find((w) => w.file === 'modules/incidents/incidents.service.ts' && w.table === 'incident');
    expect(typed && readFileSync(resolve(SRC, typed.file), 'utf8').split('\n')[typed.line - 1]).toContain('insertRow(');
  });

  it('maps every entity to a table with an owner', () => {
    for (const [entity, table] of entityTables()) expect({ entity, owner: TABLE_OWNERS.get(table) ?? null }).toEqual({ entity, owner: expect.any(String) });
  });

  it('has no write outside the owner but those on the allow-list', () => {
    const allowed = new Set(TABLE_WRITE_ALLOW_LIST.map(key));
    const unexpected = violations.filter((v) => !allowed.has(key(v))).map((v) => `${key(v)} (line ${v.line}; owner ${TABLE_OWNERS.get(v.table) ?? 'none'})`);
    // Each is fixed by calling the owner (through its index.ts) instead of writing its table.
    expect(unexpected).toEqual([]);
  });

  it('keeps the allow-list shrinking: an entry that is no longer a violation must go', () => {
    const seen = new Set(violations.map(key));
    expect(TABLE_WRITE_ALLOW_LIST.filter((a) => !seen.has(key(a))).map(key)).toEqual([]);
  });

  it('gives every allow-list entry a reason', () => {
    for (const entry of TABLE_WRITE_ALLOW_LIST) expect(entry.reason.trim().length).toBeGreaterThan(10);
  });
});
