import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { API_ROUTES, type CurrentUser, type LoginRequest, type LoginResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'julu.session';

interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the access token is no longer accepted by the API. */
  expiresAt: number;
  user: CurrentUser;
}

/**
 * The logged-in user and their access token, as signals. Kept in sessionStorage so a reload keeps
 * the login (the tab's lifetime at most); a session past the token's lifetime is dropped.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = signal<Session | null>(readSession());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);

  /** The bearer token, or null when logged out or expired. Not for reactive contexts: it may log out. */
  token(): string | null {
    this.dropIfExpired();
    return this.session()?.accessToken ?? null;
  }

  /** Whether a usable session exists now (for guards). Drops an expired session first. */
  hasValidSession(): boolean {
    this.dropIfExpired();
    return this.isLoggedIn();
  }

  async login(username: string, password: string): Promise<CurrentUser> {
    const body: LoginRequest = { username, password };
    const response = await firstValueFrom(this.http.post<LoginResponse>(API_ROUTES.authLogin, body));
    const session: Session = {
      accessToken: response.accessToken,
      expiresAt: Date.now() + response.expiresIn * 1000,
      user: response.user,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
    return response.user;
  }

  logout(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    this.session.set(null);
  }

  private dropIfExpired(): void {
    const session = this.session();
    if (session && session.expiresAt <= Date.now()) this.logout();
  }
}

function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const session = raw ? (JSON.parse(raw) as Partial<Session>) : null;
    if (session && typeof session.accessToken === 'string' && typeof session.expiresAt === 'number' && session.user) {
      return session.expiresAt > Date.now() ? (session as Session) : null;
    }
    return null;
  } catch {
    return null;
  }
}
