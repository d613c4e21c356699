import { applyDecorators, SetMetadata } from '@nestjs/common';
import { FEATURE_ACCESS, type Feature } from '@julu/contracts';

export const ALLOWED_ROLES = 'allowedRoles';
/** The feature an @Allow names (read by the access-map test; RolesGuard reads the roles). */
export const ALLOWED_FEATURE = 'allowedFeature';

/**
 * Who may call a controller or handler: the roles of one feature of the access map
 * (FEATURE_ACCESS in libs/contracts, shared with the web app's guards and menu). Every route that
 * is not @Public() must say it: a route without @Allow is refused to everyone (and fails the
 * access-matrix and access-map tests).
 */
export const Allow = (feature: Feature): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(ALLOWED_FEATURE, feature), SetMetadata(ALLOWED_ROLES, FEATURE_ACCESS[feature]));
