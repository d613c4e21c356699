import { HttpErrorResponse, type HttpHandlerFn, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_ROUTES } from '@julu/contracts';
import { catchError, from, type Observable, of, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Calls that carry their own credentials (password or refresh token), never a bearer token. */
const CREDENTIAL_CALLS: readonly string[] = [API_ROUTES.authLogin, API_ROUTES.authRefresh, API_ROUTES.authLogout];

const isUnauthorized = (error: unknown): boolean => error instanceof HttpErrorResponse && error.status === 401;

/**
 * Adds the bearer token, renewing it first when it is about to run out. A 401 gets one refresh
 * and one retry; when the refresh is refused the session ends and the login page opens.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || CREDENTIAL_CALLS.includes(req.url)) return next(req);
  const auth = inject(AuthService);
  const router = inject(Router);
  const endSession = (error: unknown): Observable<never> => {
    auth.clear();
    void router.navigate(['/login']);
    return throwError(() => error);
  };
  const ready = auth.needsRefresh() ? from(auth.refresh()) : of(true);
  return ready.pipe(
    switchMap(() => send(req, next, auth.token())),
    catchError((error: unknown) => {
      if (!isUnauthorized(error)) return throwError(() => error);
      return from(auth.refresh()).pipe(
        switchMap((renewed) =>
          renewed
            ? send(req, next, auth.token()).pipe(catchError((retryError: unknown) => (isUnauthorized(retryError) ? endSession(retryError) : throwError(() => retryError))))
            : endSession(error),
        ),
      );
    }),
  );
};

function send(req: HttpRequest<unknown>, next: HttpHandlerFn, token: string | null): ReturnType<HttpHandlerFn> {
  return next(token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req);
}
