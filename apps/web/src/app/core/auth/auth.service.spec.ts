import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@julu/contracts';
import { AuthService } from './auth.service';

const user: CurrentUser = { id: 'u1', username: 'reception', displayName: '李接待', role: 'RECEPTION', orgUnitId: 'o1', orgUnitName: '巨鹿县信访局' };

/** The login answer as the API sends it (the refresh token is not used by the web app yet). */
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

  it('logs out: forgets the token and the stored session', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    auth.logout();
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem('julu.session')).toBeNull();
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

  it('drops the session once the token has expired', async () => {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('reception', 'secret');
    http.expectOne('/api/auth/login').flush(response);
    await done;
    const later = Date.now() + 901_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect(auth.hasValidSession()).toBe(false);
    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem('julu.session')).toBeNull();
  });
});
