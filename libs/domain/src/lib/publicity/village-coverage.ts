/**
 * 行政村 coverage of publicity (DOMAIN.md §6.2, project 4: 覆盖率 and 完成率 ≥95%), computed from
 * the org tree passed in, never from a hard-coded total.
 */

export interface CoverageVillage {
  id: string;
  townshipId: string;
  /** Only VILLAGE (行政村) units enter the denominator; COMMUNITY (社区) units are urban residents'
   * committees, not 行政村, so reaching them is counted separately and never dilutes or inflates
   * the village coverage. */
  type: 'VILLAGE' | 'COMMUNITY';
  /** Events of the year that reached the unit. */
  timesReached: number;
  /** Events the annual plan asks for (null: no plan for the unit this year). */
  plannedTimes: number | null;
}

export interface CoverageCount {
  villages: number;
  villagesReached: number;
  coverage: number | null;
  villagesPlanned: number;
  villagesDoneToPlan: number;
  completion: number | null;
  communitiesReached: number;
}

/**
 * Done to plan: reached at least as often as planned. A 行政村 with no plan counts as done once it
 * was reached at all (the default plan is one event a year), so a missing plan never makes a
 * reached village count as undone.
 */
export function doneToPlan(v: Pick<CoverageVillage, 'timesReached' | 'plannedTimes'>): boolean {
  return v.timesReached >= Math.max(1, v.plannedTimes ?? 1);
}

/** Coverage over a set of units (a township's, or the county's). */
export function countCoverage(units: readonly CoverageVillage[]): CoverageCount {
  const villages = units.filter((u) => u.type === 'VILLAGE');
  const reached = villages.filter((v) => v.timesReached > 0).length;
  const done = villages.filter(doneToPlan).length;
  const ratio = (n: number): number | null => (villages.length === 0 ? null : n / villages.length);
  return {
    villages: villages.length,
    villagesReached: reached,
    coverage: ratio(reached),
    villagesPlanned: villages.filter((v) => v.plannedTimes !== null).length,
    villagesDoneToPlan: done,
    completion: ratio(done),
    communitiesReached: units.filter((u) => u.type === 'COMMUNITY' && u.timesReached > 0).length,
  };
}

/** Coverage per township (every township named, even one with no units) and for the county. */
export function coverageByTownship(townshipIds: readonly string[], units: readonly CoverageVillage[]): { townships: Map<string, CoverageCount>; county: CoverageCount } {
  const townships = new Map<string, CoverageCount>();
  for (const id of townshipIds) townships.set(id, countCoverage(units.filter((u) => u.townshipId === id)));
  return { townships, county: countCoverage(units.filter((u) => townshipIds.includes(u.townshipId))) };
}
