import type { VillageRecord } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { insertRow, SQL_NOW, updateRows } from '../../core/database/typed-writes';
import type { AuditService } from '../audit';
import { OrgUnitEntity } from './entities/org-unit.entity';

export interface VillageImportResult {
  inserted: number;
  renamed: number;
  coded: number;
  unchanged: number;
  /** Codes whose township (first 9 digits) is not in the tree. */
  unknownTownships: string[];
}

/**
 * Loads an official village list (统计用区划代码) into the tree inside the caller's transaction:
 * a known code is renamed when its name changed (the old name stays an alias); an uncoded unit
 * of the same name under the township receives its code; anything else is added.
 */
export async function importVillages(m: EntityManager, audit: AuditService, records: readonly VillageRecord[]): Promise<VillageImportResult> {
  const result: VillageImportResult = { inserted: 0, renamed: 0, coded: 0, unchanged: 0, unknownTownships: [] };
  const townships = new Map<string, string>();
  const rows: { id: string; code: string }[] = await m.query(`SELECT id, code FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND code IS NOT NULL`);
  for (const r of rows) townships.set(r.code, r.id);

  for (const record of records) {
    const townshipId = townships.get(record.townshipCode);
    if (!townshipId) {
      if (!result.unknownTownships.includes(record.townshipCode)) result.unknownTownships.push(record.townshipCode);
      continue;
    }
    const byCode: { id: string; name: string; type: string }[] = await m.query('SELECT id, name, type FROM org_unit WHERE code = $1 FOR UPDATE', [record.code]);
    if (byCode[0]) {
      if (byCode[0].name === record.name && byCode[0].type === record.kind) {
        result.unchanged++;
        continue;
      }
      await m.query(
        `UPDATE org_unit SET name = $2::varchar, type = $3, updated_at = now(),
           aliases = CASE WHEN name <> $2::varchar THEN array_append(array_remove(aliases, name::text), name::text) ELSE aliases END
         WHERE id = $1`,
        [byCode[0].id, record.name, record.kind],
      );
      await audit.record(m, {
        action: 'org_unit.import_rename',
        entityType: 'org_unit',
        entityId: byCode[0].id,
        changes: { name: { before: byCode[0].name, after: record.name }, type: { before: byCode[0].type, after: record.kind } },
        actor: { id: null, username: 'cli' },
      });
      result.renamed++;
      continue;
    }
    const byName: { id: string }[] = await m.query(
      `SELECT id FROM org_unit WHERE parent_id = $1 AND code IS NULL AND (name = $2 OR $2 = ANY (aliases)) ORDER BY retired_at NULLS FIRST LIMIT 1 FOR UPDATE`,
      [townshipId, record.name],
    );
    if (byName[0]) {
      await updateRows(m, OrgUnitEntity, { id: byName[0].id }, { code: record.code, type: record.kind, updatedAt: SQL_NOW });
      result.coded++;
      continue;
    }
    const inserted = await insertRow(m, OrgUnitEntity, { code: record.code, name: record.name, type: record.kind, parentId: townshipId, sortOrder: Number(record.code.slice(9)) }, [
      'id',
    ]);
    await audit.record(m, {
      action: 'org_unit.import_create',
      entityType: 'org_unit',
      entityId: inserted.id,
      changes: { code: { after: record.code }, name: { after: record.name } },
      actor: { id: null, username: 'cli' },
    });
    result.inserted++;
  }
  // The official list covers each of its townships in full: their coverage can now be counted.
  const covered = [...new Set(records.map((r) => townships.get(r.townshipCode)).filter((id): id is string => id !== undefined))];
  await m.query('UPDATE org_unit SET village_list_complete = true WHERE id = ANY($1::uuid[])', [covered]);
  return result;
}
