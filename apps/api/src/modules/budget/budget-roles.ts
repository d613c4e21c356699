import type { Role } from '@julu/contracts';

/**
 * 预算绩效 is the bureau's own finance: its leaders (SUPERVISOR) and administrators read and manage
 * it. Reception, handlers and township officers neither see nor change it; duty subsidies reach it
 * as approved sheets, not through these routes.
 */
export const BUDGET_ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR'];
