import type { OrgUnitType } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { OrgUnitEntity } from '../entities/org-unit.entity';
import tree from './julu-org-tree.json';
import { seedVillages } from './seed-villages';

export interface SeededOrgTree {
  countyId: string;
  bureauId: string;
  /** Township-level units by name. */
  townships: Record<string, string>;
  /** County departments by name. */
  departments: Record<string, string>;
}

/** Inserts the Julu org tree (county, townships, zones, bureau, departments, villages) into an empty table. */
export async function seedOrgTree(manager: EntityManager): Promise<SeededOrgTree> {
  const repo = manager.getRepository(OrgUnitEntity);
  const insert = async (
    name: string,
    type: OrgUnitType,
    parentId: string | null,
    sortOrder: number,
    code: string | null = null,
    aliases: string[] = [],
    extra: Partial<Pick<OrgUnitEntity, 'documentAbbr' | 'retiredAt'>> = {},
  ): Promise<string> => (await repo.save(repo.create({ name, type, parentId, sortOrder, code, aliases, ...extra }))).id;

  const countyId = await insert(tree.county.name, 'COUNTY', null, 0, tree.county.code);
  const townships: Record<string, string> = {};
  let order = 0;
  for (const t of tree.townships) {
    townships[t.name] = await insert(t.name, t.type as OrgUnitType, countyId, ++order, t.code, t.aliases);
  }
  for (const z of tree.devZones) {
    // A zone whose name is a placeholder is kept (records may be filed to it later) but retired, so no list or chart shows it.
    townships[z.name] = await insert(z.name, 'DEV_ZONE', countyId, ++order, null, z.aliases, z.retired ? { retiredAt: new Date() } : {});
  }
  const bureauId = await insert(tree.bureau.name, 'BUREAU', countyId, ++order, null, [], { documentAbbr: tree.bureau.documentAbbr });
  const departments: Record<string, string> = {};
  for (const name of tree.departments) {
    departments[name] = await insert(name, 'DEPARTMENT', countyId, ++order);
  }
  await seedVillages(manager, townships);
  return { countyId, bureauId, townships, departments };
}
