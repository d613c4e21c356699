import type { Role } from '@julu/contracts';

/**
 * Who works the diversion workbench: the intake organs (reception, the township officer, the
 * bureau's leaders) and the handling unit a case was sent to (DIVERT is an INTAKE or HANDLING
 * action, DOMAIN.md §1.10); each within their own cases.
 */
export const DIVERSION_ROLES: readonly Role[] = ['RECEPTION', 'TOWNSHIP_OFFICER', 'HANDLER', 'SUPERVISOR', 'ADMIN'];
