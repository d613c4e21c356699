import type { CurrentUser } from '@julu/contracts';

/**
 * Where a user's records lie: the whole county (reception, supervisors, administrators), one
 * township or development zone (township officers), or one handling unit (handlers).
 */
export type Territory = { kind: 'COUNTY' } | { kind: 'TOWNSHIP'; townshipId: string } | { kind: 'UNIT'; unitId: string };

export function territoryOf(user: Pick<CurrentUser, 'role' | 'orgUnitId'>): Territory {
  switch (user.role) {
    case 'ADMIN':
    case 'SUPERVISOR':
    case 'RECEPTION':
      return { kind: 'COUNTY' };
    case 'TOWNSHIP_OFFICER':
      // A township officer without a township (data error) reaches nothing rather than everything.
      return { kind: 'TOWNSHIP', townshipId: user.orgUnitId ?? '00000000-0000-0000-0000-000000000000' };
    case 'HANDLER':
      return { kind: 'UNIT', unitId: user.orgUnitId ?? '00000000-0000-0000-0000-000000000000' };
  }
}

/**
 * SQL condition restricting rows to the territory by their township column, for use inside the
 * query (a foreign record is then simply not found: 404, never a post-filtered list). Handlers
 * reach records through their assigned cases, not by township, so the condition is false here;
 * queries over cases add their own unit condition.
 */
export function townshipCondition(territory: Territory, column: string, params: unknown[]): string {
  switch (territory.kind) {
    case 'COUNTY':
      return 'TRUE';
    case 'TOWNSHIP':
      params.push(territory.townshipId);
      return `${column} = $${params.length}::uuid`;
    case 'UNIT':
      return 'FALSE';
  }
}

/** Whether a record in `townshipId` lies within the territory (for writes that name a township). */
export function coversTownship(territory: Territory, townshipId: string | null): boolean {
  if (territory.kind === 'COUNTY') return true;
  return territory.kind === 'TOWNSHIP' && territory.townshipId === townshipId;
}
