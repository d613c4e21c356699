import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { AuthService } from '../auth/auth.service';
import { DeploymentNames } from '../deployment/deployment-names';
import { APP_ICONS } from '../icons';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNzIcons(APP_ICONS)],
    });
    const done = TestBed.inject(AuthService).login('handler', 'secret');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({
        accessToken: 't',
        expiresIn: 900,
        user: { id: 'u4', username: 'handler', displayName: '赵办理', role: 'HANDLER', orgUnitId: 'o9', orgUnitName: '县人力资源和社会保障局' },
      });
    await done;
    const names = TestBed.inject(DeploymentNames).load();
    TestBed.inject(HttpTestingController).expectOne('/api/public/deployment').flush({ countyName: '巨鹿县', bureauName: '巨鹿县信访局' });
    await names;
  });

  it('shows the user, the Chinese role label and the unit, and logs out', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ShellComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('巨鹿县信访局 信访事项办理系统');
    expect(el.querySelector('[data-testid="shell-user-name"]')?.textContent).toContain('赵办理');
    expect(el.querySelector('[data-testid="shell-user-role"]')?.textContent).toContain('责任单位');
    expect(el.textContent).toContain('县人力资源和社会保障局');
    expect(el.querySelector('[data-testid="nav-resident-id"]')?.textContent).toContain('身份证号码校验');
    // Issue 17: the menu is grouped by area.
    expect(el.querySelector('[data-testid="menu-group-work"]')?.textContent).toContain('信访办理');
    expect(el.querySelector('[data-testid="nav-profile"]')).not.toBeNull();
    // Account administration is for administrators only.
    expect(el.querySelector('[data-testid="nav-users"]')).toBeNull();

    el.querySelector<HTMLButtonElement>('[data-testid="shell-logout"]')?.click();
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });
});
