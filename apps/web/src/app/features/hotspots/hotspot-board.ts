import { type DeadlineColour, HOTSPOT_STATUSES, type HotspotStatus, type HotspotView } from '@julu/contracts';
import { addDays, chinaDate, weekday } from '@julu/domain';

/** ng-zorro tag colours for the ledger's deadline colours. */
export const COLOUR_TAGS: Readonly<Record<DeadlineColour, string>> = { GREEN: 'green', YELLOW: 'gold', RED: 'red', GREY: 'default', NONE: 'blue' };

export interface BoardColumn {
  status: HotspotStatus;
  townships: { name: string; items: HotspotView[] }[];
  count: number;
}

/** The board: one column per status, and in it the hotspots grouped by township (in ledger order). */
export function hotspotBoard(items: readonly HotspotView[]): BoardColumn[] {
  return HOTSPOT_STATUSES.map((status) => {
    const inColumn = items.filter((h) => h.status === status);
    const byTownship = new Map<string, HotspotView[]>();
    for (const h of inColumn) byTownship.set(h.townshipName, [...(byTownship.get(h.townshipName) ?? []), h]);
    return { status, count: inColumn.length, townships: [...byTownship.entries()].map(([name, list]) => ({ name, items: list })) };
  });
}

/** The Monday of this week in China time, YYYY-MM-DD. */
export function chinaWeekStart(now = new Date()): string {
  const today = chinaDate(now);
  return addDays(today, -((weekday(today) + 6) % 7));
}
