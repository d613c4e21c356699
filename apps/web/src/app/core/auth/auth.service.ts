import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { API_ROUTES, type CurrentUser, type LoginRequest, type LoginResponse, type LogoutRequest, type RefreshRequest, type RefreshResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'julu.session';
/** Refresh this long before the access token runs out, so a request never leaves with a stale one. */
const REFRESH_MARGIN_MS = 30_000;

interface Session {
  accessToken: string;
  /** Opaque and single-use: every refresh returns the next one. */
  refreshToken: string;
  /** Epoch milliseconds after which the access token is no longer accepted by the API. */
  expiresAt: number;
  user: CurrentUser;
}

/**
 * The logged-in user and their tokens, as signals. Kept in sessionStorage, so a reload keeps the
 * login and closing the tab ends it. The short-lived access token is renewed with the rotating
 * refresh token (one refresh in flight at a time); logout revokes the refresh token on the server.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = signal<Session | null>(readSession());
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);

  /** The bearer token while it is still fresh, else null (call refresh() first). */
  token(): string | null {
    const session = this.session();
    return session && session.expiresAt - REFRESH_MARGIN_MS > Date.now() ? session.accessToken : null;
  }

  /** A session exists whose access token is about to run out. */
  needsRefresh(): boolean {
    return this.session() !== null && this.token() === null;
  }

  /** Whether the user is logged in (for guards); an expired access token is renewed on the next call. */
  hasValidSession(): boolean {
    return this.isLoggedIn();
  }

  async login(username: string, password: string): Promise<CurrentUser> {
    const body: LoginRequest = { username, password };
    const response = await firstValueFrom(this.http.post<LoginResponse>(API_ROUTES.authLogin, body));
    this.store(response);
    return response.user;
  }

  /**
   * Exchanges the refresh token for new tokens; concurrent callers share one request. Resolves
   * false (and ends the session) when the API refuses it: revoked, expired, or the account disabled.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.exchangeRefreshToken().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Ends the session here and revokes its refresh token on the server (best effort). */
  logout(): void {
    const session = this.session();
    this.clear();
    if (session) {
      const body: LogoutRequest = { refreshToken: session.refreshToken };
      this.http.post(API_ROUTES.authLogout, body).subscribe({ error: () => undefined });
    }
  }

  /** Forgets the session without calling the API (it has already refused the tokens). */
  clear(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    this.session.set(null);
  }

  private async exchangeRefreshToken(): Promise<boolean> {
    const session = this.session();
    if (!session) return false;
    const body: RefreshRequest = { refreshToken: session.refreshToken };
    try {
      this.store(await firstValueFrom(this.http.post<RefreshResponse>(API_ROUTES.authRefresh, body)));
      return true;
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500) {
        this.clear();
        return false;
      }
      throw error;
    }
  }

  private store(response: LoginResponse): void {
    const session: Session = {
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      expiresAt: Date.now() + response.expiresIn * 1000,
      user: response.user,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
  }
}

function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const session = raw ? (JSON.parse(raw) as Partial<Session>) : null;
    const valid = session && typeof session.accessToken === 'string' && typeof session.refreshToken === 'string' && typeof session.expiresAt === 'number' && session.user;
    return valid ? (session as Session) : null;
  } catch {
    return null;
  }
}
