import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
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
