import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, provideRouter, type Route, type RouterStateSnapshot, UrlTree } from '@angular/router';
import { FEATURE_ACCESS, type Feature, isFeature, type Role, ROLES } from '@julu/contracts';
import { AuthService } from './auth.service';
import { APP_ROUTES } from '../../app.routes';
import { LANDING, NAVIGATION } from '../layout/navigation';
import { featureGuard, routeFeature } from './auth.guard';

const shell = APP_ROUTES.find((r) => r.path === '' && r.children);
const pages = (shell?.children ?? []).filter((r) => !r.redirectTo);
const featureOf = (route: Route | undefined): unknown => route?.data?.['feature'];
/** The page a menu route opens: its own route config, matched by path. */
const pageOf = (url: string): Route | undefined => pages.find((r) => `/${r.path}` === url);
/** A snapshot chain as Angular builds it: each route knows its config and the path from the root. */
function snapshot(...configs: Route[]): ActivatedRouteSnapshot {
  const chain = configs.map((routeConfig) => ({ routeConfig }) as unknown as ActivatedRouteSnapshot);
  for (const s of chain) Object.defineProperty(s, 'pathFromRoot', { value: chain.slice(0, chain.indexOf(s) + 1) });
  return chain[chain.length - 1];
}

describe('access map: every page and menu item of the web app resolves through FEATURE_ACCESS', () => {
  it('Issue 18: the shell guards every page with featureGuard, and every page names a feature of the map', () => {
    expect(shell?.canActivateChild).toEqual([featureGuard]);
    expect(pages.length).toBeGreaterThan(25);
    expect(pages.filter((r) => !isFeature(featureOf(r))).map((r) => r.path)).toEqual([]);
  });

  it('Issue 18: every menu item names the feature of the page it opens (menu and guard cannot disagree)', () => {
    const mismatched = NAVIGATION.filter((item) => featureOf(pageOf(item.route)) !== item.feature).map((i) => i.route);
    expect(mismatched).toEqual([]);
  });

  it('Issue 18: every role may open its landing page', () => {
    for (const role of ROLES) expect(FEATURE_ACCESS[featureOf(pageOf(LANDING[role])) as Feature]).toContain(role);
  });

  it('Issue 18: a lazily loaded child inherits its parent page feature; a page without one resolves to none (refused)', () => {
    const dashboard = pageOf('/dashboard') as Route;
    expect(routeFeature(snapshot(shell as Route, dashboard, { path: '' }, { path: ':code/records' }))).toBe('indicators');
    expect(routeFeature(snapshot(shell as Route, { path: 'unlisted' }))).toBeNull();
  });

  it('Issue 18: featureGuard admits the roles of the page feature and sends anyone else home (ADMIN and 我的值班)', async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const http = TestBed.inject(HttpTestingController);
    const guardAs = async (role: Role, url: string): Promise<unknown> => {
      const login = TestBed.inject(AuthService).login('someone', 'secret');
      const user = { id: 'u1', username: 'someone', displayName: '测试', role, orgUnitId: 'o1', orgUnitName: '巨鹿县信访局' };
      http.expectOne('/api/auth/login').flush({ accessToken: 't', refreshToken: 'r', expiresIn: 900, user });
      await login;
      return TestBed.runInInjectionContext(() => featureGuard(snapshot(shell as Route, pageOf(url) as Route), {} as RouterStateSnapshot));
    };
    expect(await guardAs('RECEPTION', '/duty/today')).toBe(true);
    const refused = await guardAs('ADMIN', '/duty/today');
    expect(refused instanceof UrlTree && refused.toString()).toBe('/');
    expect(await guardAs('ADMIN', '/duty/rosters')).toBe(true);
    expect(await guardAs('HANDLER', '/hotspots')).toBeInstanceOf(UrlTree);
    http.verify();
  });
});
