import { SetMetadata } from '@nestjs/common';
import type { Role } from '@julu/contracts';

export const ALLOWED_ROLES = 'allowedRoles';

/**
 * The roles that may call a controller or handler. Every route that is not @Public() must say
 * who may call it: a route without @Allow is refused to everyone (and fails the access-matrix test).
 */
export const Allow = (...roles: Role[]): ClassDecorator & MethodDecorator => SetMetadata(ALLOWED_ROLES, roles);
