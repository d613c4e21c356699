import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { API_ROUTES, type CurrentUser, type LoginResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'julu.session';

interface Session {
  accessToken: string;
  user: CurrentUser;
}

/** The logged-in user and their access token; kept in sessionStorage so a reload keeps the login. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = signal<Session | null>(readSession());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);

  token(): string | null {
    return this.session()?.accessToken ?? null;
  }

  async login(username: string, password: string): Promise<CurrentUser> {
    const response = await firstValueFrom(this.http.post<LoginResponse>(API_ROUTES.authLogin, { username, password }));
    const session: Session = { accessToken: response.accessToken, user: response.user };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
    return response.user;
  }

  logout(): void {
    sessionStorage.removeItem(STORAGE_KEY);
    this.session.set(null);
  }
}

function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}
