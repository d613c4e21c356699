import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { authGuard } from './auth.guard';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const user: CurrentUser = { id: 'u1', username: 'admin', displayName: '王管理', role: 'ADMIN', orgUnitId: null, orgUnitName: null };

/** The login answer as the API sends it. */
const response = { accessToken: 'token-1', refreshToken: 'refresh-1', expiresIn: 900, user };

describe('authInterceptor and authGuard', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const done = auth.login('admin', 'secret');
    const login = http.expectOne('/api/auth/login');
    expect(login.request.headers.has('Authorization')).toBe(false);
    login.flush(response);
    await done;
  });

  afterEach(() => http.verify());

  const guard = (): unknown => TestBed.runInInjectionContext(() => authGuard({} as never, {} as never));

  it('adds the bearer token to API calls', async () => {
    const done = firstValueFrom(client.get('/api/auth/me'));
    const req = http.expectOne('/api/auth/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush(response.user);
    await done;
  });

  const flushed = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

  it('on a 401 refreshes the tokens once and retries the call with the new token', async () => {
    const done = firstValueFrom(client.get('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({ message: '登录已过期' }, { status: 401, statusText: 'Unauthorized' });
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ ...response, accessToken: 'token-2', refreshToken: 'refresh-2' });
    await flushed();
    const retry = http.expectOne('/api/auth/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush(user);
    await expect(done).resolves.toEqual(user);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('renews an expiring token before sending the call', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 890_000);
    const done = firstValueFrom(client.get('/api/auth/me'));
    http.expectOne('/api/auth/refresh').flush({ ...response, accessToken: 'token-3', refreshToken: 'refresh-3' });
    await flushed();
    const req = http.expectOne('/api/auth/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-3');
    req.flush(user);
    await done;
    jest.restoreAllMocks();
  });

  it('logs out and goes to the login page when the refresh is refused too', async () => {
    const done = firstValueFrom(client.get('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({ message: '登录已过期' }, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush({ message: '登录已失效' }, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toBeTruthy();
    expect(auth.isLoggedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });

  it('keeps the session on a 401 from the login call itself', async () => {
    const done = firstValueFrom(client.post('/api/auth/login', {}));
    http.expectOne('/api/auth/login').flush({ message: '用户名或密码错误' }, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toBeTruthy();
    expect(auth.isLoggedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('lets a logged-in user in and sends a visitor to /login', () => {
    expect(guard()).toBe(true);
    auth.logout();
    http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    expect(String(guard())).toBe('/login');
  });
});
