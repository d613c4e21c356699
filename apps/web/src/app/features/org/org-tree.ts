import { type OrgUnitDetail, type OrgUnitType, VILLAGE_LEVEL_TYPES } from '@julu/contracts';

/** Kinds of unit that may be added under a unit of the given kind. */
const CHILD_TYPES: Record<OrgUnitType, OrgUnitType[]> = {
  COUNTY: ['TOWN', 'TOWNSHIP', 'DEV_ZONE', 'DEPARTMENT'],
  TOWN: ['VILLAGE', 'COMMUNITY'],
  TOWNSHIP: ['VILLAGE', 'COMMUNITY'],
  DEV_ZONE: ['VILLAGE', 'COMMUNITY'],
  VILLAGE: [],
  COMMUNITY: [],
  BUREAU: [],
  DEPARTMENT: [],
};

export function childTypesOf(type: OrgUnitType): OrgUnitType[] {
  return CHILD_TYPES[type];
}

/** A row of the tree as shown: depth 0 county, 1 township/department, 2 village. */
export interface OrgTreeRow {
  unit: OrgUnitDetail;
  depth: number;
  expandable: boolean;
  expanded: boolean;
}

/**
 * Flattens the administrative units (parent before children, in sort order) and the loaded
 * villages of expanded units into the rows the page renders.
 */
export function flattenTree(top: readonly OrgUnitDetail[], children: ReadonlyMap<string, readonly OrgUnitDetail[]>, expanded: ReadonlySet<string>): OrgTreeRow[] {
  const rows: OrgTreeRow[] = [];
  const byParent = new Map<string | null, OrgUnitDetail[]>();
  for (const unit of top) byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit]);
  const topIds = new Set(top.map((u) => u.id));
  const visit = (unit: OrgUnitDetail, depth: number): void => {
    const isVillageParent = childTypesOf(unit.type).some((t) => (VILLAGE_LEVEL_TYPES as readonly OrgUnitType[]).includes(t));
    const expandable = isVillageParent && unit.childCount > 0;
    const open = expandable && expanded.has(unit.id);
    rows.push({ unit, depth, expandable, expanded: open });
    for (const child of byParent.get(unit.id) ?? []) visit(child, depth + 1);
    if (open) for (const village of children.get(unit.id) ?? []) rows.push({ unit: village, depth: depth + 1, expandable: false, expanded: false });
  };
  for (const root of top.filter((u) => u.parentId === null || !topIds.has(u.parentId))) visit(root, 0);
  return rows;
}
