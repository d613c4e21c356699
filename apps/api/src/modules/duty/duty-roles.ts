import type { Role } from '@julu/contracts';

/** Who works on duty: the county bureau's staff and leaders, and township officers (their township only). */
export const DUTY_ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'RECEPTION', 'TOWNSHIP_OFFICER'];
/** Who draws up rosters and approves swaps: administrators, bureau leaders, township officers. */
export const ROSTER_MANAGERS: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'TOWNSHIP_OFFICER'];
