import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@julu/contracts';
import { AuthService } from './auth.service';

const user: CurrentUser = { id: 'u1', username: 'reception', displayName: '李接待', role: 'RECEPTION', orgUnitId: 'o1', orgUnitName: '巨鹿县信访局' };

/** The login answer as the API sends it. */
const response = { accessToken: 'token-1', refreshToken: 'refresh-1', expiresIn: 900, user };

describe('AuthService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('logs in: posts the credentials, keeps the token and the user', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    const req = http.expectOne('/api/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ username: 'reception', password: 'secret' });
    req.flush(response);
    await expect(done).resolves.toEqual(response.user);
    expect(auth.isLoggedIn()).toBe(true);
    expect(auth.token()).toBe('token-1');
    expect(auth.user()?.displayName).toBe('李接待');
    expect(JSON.parse(sessionStorage.getItem('julu.session') ?? '{}').accessToken).toBe('token-1');
  });

  it('logs out: forgets the tokens and revokes the refresh token on the server', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    auth.logout();
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem('julu.session')).toBeNull();
    const revoke = http.expectOne('/api/auth/logout');
    expect(revoke.request.body).toEqual({ refreshToken: 'refresh-1' });
    revoke.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('stays logged out when the login is refused', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'wrong');
    http.expectOne('/api/auth/login').flush({ message: '用户名或密码错误' }, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toBeTruthy();
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('keeps the session across a reload of the page', async () => {
    const done = TestBed.inject(AuthService).login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const reloaded = TestBed.inject(AuthService);
    expect(reloaded.user()?.username).toBe('reception');
    expect(reloaded.token()).toBe('token-1');
    http = TestBed.inject(HttpTestingController);
  });

  it('renews an expiring access token with the refresh token, one request for concurrent callers', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 880_000);
    expect(auth.hasValidSession()).toBe(true);
    expect(auth.token()).toBeNull();
    expect(auth.needsRefresh()).toBe(true);
    const [first, second] = [auth.refresh(), auth.refresh()];
    const req = http.expectOne('/api/auth/refresh');
    expect(req.request.body).toEqual({ refreshToken: 'refresh-1' });
    req.flush({ ...response, accessToken: 'token-2', refreshToken: 'refresh-2' });
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    expect(auth.token()).toBe('token-2');
    expect(JSON.parse(sessionStorage.getItem('julu.session') ?? '{}').refreshToken).toBe('refresh-2');
  });

  it('ends the session when the refresh token is refused', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    const refreshed = auth.refresh();
    http.expectOne('/api/auth/refresh').flush({ message: '登录已失效' }, { status: 401, statusText: 'Unauthorized' });
    await expect(refreshed).resolves.toBe(false);
    expect(auth.isLoggedIn()).toBe(false);
    expect(sessionStorage.getItem('julu.session')).toBeNull();
  });
});
