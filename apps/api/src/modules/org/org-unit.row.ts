import type { OrgUnitDetail, OrgUnitSummary, OrgUnitType } from '@julu/contracts';

/** Columns selected for an org unit (see ORG_UNIT_COLUMNS). */
export interface OrgUnitRow {
  id: string;
  code: string | null;
  name: string;
  type: OrgUnitType;
  parent_id: string | null;
  aliases: string[];
  document_abbr: string | null;
  sort_order: number;
  retired_at: Date | null;
  child_count: number;
}

/** Select list for OrgUnitRow over `org_unit u`. */
export const ORG_UNIT_COLUMNS = `u.id, u.code, u.name, u.type, u.parent_id, u.aliases, u.document_abbr, u.sort_order, u.retired_at,
  (SELECT count(*)::int FROM org_unit c WHERE c.parent_id = u.id AND c.retired_at IS NULL) AS child_count`;

export const toOrgUnitSummary = (r: Pick<OrgUnitRow, 'id' | 'code' | 'name' | 'type' | 'parent_id'>): OrgUnitSummary => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type,
  parentId: r.parent_id,
});

export const toOrgUnitDetail = (r: OrgUnitRow): OrgUnitDetail => ({
  ...toOrgUnitSummary(r),
  aliases: r.aliases,
  documentAbbr: r.document_abbr,
  retired: r.retired_at !== null,
  sortOrder: r.sort_order,
  childCount: r.child_count,
});
