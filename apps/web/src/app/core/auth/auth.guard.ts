import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@julu/contracts';
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

/** A page for some roles only: anyone else lands on the home page (the API refuses them too). */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => {
    const role = inject(AuthService).user()?.role;
    return role && roles.includes(role) ? true : inject(Router).parseUrl('/');
  };
}
