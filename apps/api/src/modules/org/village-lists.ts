import type { DataSource, EntityManager } from 'typeorm';

/**
 * The active townships (towns, townships, development zones) whose list of 行政村 in the org tree
 * is not known to be complete, by name in tree order; only `townshipId` when given. The village
 * coverage is counted without them and shows their names wherever it appears (DOMAIN.md §5).
 */
export async function incompleteVillageLists(m: EntityManager | DataSource, townshipId: string | null = null): Promise<string[]> {
  const rows: { name: string }[] = await m.query(
    `SELECT name FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL AND NOT village_list_complete
       AND ($1::uuid IS NULL OR id = $1::uuid) ORDER BY sort_order, name`,
    [townshipId],
  );
  return rows.map((r) => r.name);
}

/** The warning shown beside a village coverage figure, or null when every list counted is complete. */
export function incompleteListWarning(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return `村名单不完整：${names.join('、')}的行政村名单不全或缺失，未计入覆盖率（导入国家统计局统计用区划代码后计入）`;
}
