import type { Role } from '@julu/contracts';

/** Townships keep their own ledger; the bureau reads and approves county-wide. Handlers have no part. */
export const HOTSPOT_ROLES: readonly Role[] = ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'];
