import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LockOutline, UserOutline } from '@ant-design/icons-angular/icons';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNzIcons([UserOutline, LockOutline])],
    });
  });

  /** The page after its first render, when ngModel has bound its controls (template-driven forms bind a tick later). */
  async function render(): Promise<{ el: HTMLElement; detect: () => Promise<void> }> {
    const fixture = TestBed.createComponent(LoginPage);
    const detect = async (): Promise<void> => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    fixture.detectChanges();
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, detect };
  }

  function type(el: HTMLElement, testId: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('renders the Chinese labels', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('用户名');
    expect(el.textContent).toContain('密码');
    expect(el.querySelector('[data-testid="login-submit"]')?.textContent).toContain('登录');
  });

  it('does not call the API when a field is empty', async () => {
    const { el, detect } = await render();
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    await detect();
    TestBed.inject(HttpTestingController).expectNone('/api/auth/login');
    expect(el.textContent).toContain('请输入用户名');
  });

  it('shows the message the API answers with', async () => {
    const { el, detect } = await render();
    type(el, 'login-username', 'admin');
    type(el, 'login-password', 'wrong');
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/login');
    req.flush({ statusCode: 401, code: 'UNAUTHENTICATED', message: '用户名或密码错误', requestId: 'r1' }, { status: 401, statusText: 'Unauthorized' });
    await detect();
    expect(el.querySelector('[data-testid="login-error"]')?.textContent).toContain('用户名或密码错误');
  });

  it('logs in and goes to the home page', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const { el, detect } = await render();
    type(el, 'login-username', 'reception');
    type(el, 'login-password', 'secret');
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ username: 'reception', password: 'secret' });
    const user = { id: 'u1', username: 'reception', displayName: '李接待', role: 'RECEPTION', orgUnitId: 'o1', orgUnitName: '巨鹿县信访局' };
    req.flush({ accessToken: 't', expiresIn: 900, user });
    await detect();
    expect(navigate).toHaveBeenCalledWith('/');
    expect(el.querySelector('[data-testid="login-error"]')).toBeNull();
  });
});
