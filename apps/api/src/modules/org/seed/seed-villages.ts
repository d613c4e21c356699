import type { EntityManager } from 'typeorm';
import { OrgUnitEntity } from '../entities/org-unit.entity';
import villages from './julu-villages.json';

/** Inserts the villages and communities of julu-villages.json under their seeded townships, marking the complete lists. */
export async function seedVillages(manager: EntityManager, townships: Record<string, string>): Promise<number> {
  const repo = manager.getRepository(OrgUnitEntity);
  const rows: Partial<OrgUnitEntity>[] = [];
  for (const list of villages.townships) {
    const parentId = townships[list.township];
    if (!parentId) throw new Error(`julu-villages.json names an unknown township: ${list.township}`);
    let order = 0;
    for (const name of list.communities) rows.push({ name, type: 'COMMUNITY', parentId, sortOrder: ++order, aliases: [] });
    for (const name of list.villages) rows.push({ name, type: 'VILLAGE', parentId, sortOrder: ++order, aliases: [] });
  }
  await repo.insert(rows);
  // Coverage counts only against complete lists (官亭镇's source is truncated).
  const complete = villages.townships.filter((t) => t.complete).map((t) => townships[t.township]);
  await manager.query('UPDATE org_unit SET village_list_complete = true WHERE id = ANY($1::uuid[])', [complete]);
  return rows.length;
}
