import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateChildFn, type CanActivateFn, Router } from '@angular/router';
import { canUse, type Feature, isFeature } from '@julu/contracts';
import { AuthService } from './auth.service';

/** Pages of the logged-in shell: a visitor (or an expired session) goes to the login page. */
export const authGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.hasValidSession() ? true : inject(Router).parseUrl('/login');
};

/** The login page: a user who is already logged in goes to the home page. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.hasValidSession() ? inject(Router).parseUrl('/') : true;
};

/** The feature of a route: its own `data.feature`, else the nearest ancestor's (lazy children inherit). */
export function routeFeature(route: ActivatedRouteSnapshot): Feature | null {
  const declared = route.pathFromRoot.map((r) => r.routeConfig?.data?.['feature']).filter(isFeature);
  return declared.at(-1) ?? null;
}

/**
 * Every page of the shell: the user's role must be among the roles of the page's feature in the
 * access map (FEATURE_ACCESS, shared with the API's @Allow and the menu). A page that names no
 * feature is refused to everyone; anyone refused lands on the home page (the API refuses them too).
 */
export const featureGuard: CanActivateChildFn = (route) => {
  const feature = routeFeature(route);
  const role = inject(AuthService).user()?.role;
  return feature && canUse(role, feature) ? true : inject(Router).parseUrl('/');
};
