import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('role-based menus, account administration and the profile page, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));

  // Assertions wait for the expected text (filter + waitFor): a click's effect arrives after the API answers.
  const menu = async (): Promise<string[]> => page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  const fieldError = (field: string) => page.locator(`[data-field~="${field}"] .ant-form-item-explain-error`);
  const focusedId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
  /** What the screen shows (not the whole page): the tip and the cursor must be in view. */
  const screen = (name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  const LAPTOP = { width: 1366, height: 768 };
  const PHONE = { width: 390, height: 844 };

  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ])('新建账号 on a %s: each problem under its control, the cursor in the first', async (name, viewport) => {
    await page.setViewportSize(viewport);
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('users-table').getByText('township').waitFor();
    await page.getByTestId('users-submit').click();
    for (const field of ['username', 'displayName', 'password']) await fieldError(field).waitFor();
    expect(await fieldError('username').innerText()).toContain('请填写用户名');
    expect(await focusedId()).toBe('users-username');
    await page.getByTestId('users-username').fill('guanzhai02');
    await fieldError('username').waitFor({ state: 'detached' });
    await page.getByTestId('users-display-name').fill('观寨镇 王干事');
    await page.getByTestId('users-password').fill('Guanzhai-duty-2026');
    await page.getByTestId('users-role').click();
    await page.locator('nz-option-item', { hasText: '乡镇信访干部' }).click();
    await page.getByTestId('users-submit').click();
    await fieldError('orgUnitId').filter({ hasText: '须选择所属乡镇或开发区' }).waitFor();
    expect(await focusedId()).toBe('users-unit');
    expect(await page.getByTestId('users-message').count()).toBe(0);
    await screen(`users-create-invalid-${name}`);
  });

  it.each([
    [
      'supervisor',
      '/dashboard',
      [
        'nav-dashboard',
        'nav-annual-report',
        'nav-budget',
        'nav-work',
        'nav-cases',
        'nav-supervision',
        'nav-diversion',
        'nav-petitioners',
        'nav-resident-id',
        'nav-duty-today',
        'nav-duty-rosters',
        'nav-duty-records',
        'nav-incidents',
        'nav-publicity',
        'nav-hotspots',
        'nav-backlog',
        'nav-org',
        'nav-audit',
        'nav-profile',
      ],
    ],
    [
      'reception',
      '/reception',
      [
        'nav-work',
        'nav-reception',
        'nav-cases',
        'nav-diversion',
        'nav-petitioners',
        'nav-resident-id',
        'nav-duty-today',
        'nav-duty-rosters',
        'nav-duty-records',
        'nav-incidents',
        'nav-publicity',
        'nav-hotspots',
        'nav-backlog',
        'nav-dashboard',
        'nav-annual-report',
        'nav-profile',
      ],
    ],
    ['handler', '/work', ['nav-work', 'nav-cases', 'nav-diversion', 'nav-resident-id', 'nav-profile']],
    [
      'township',
      '/duty/today',
      [
        'nav-duty-today',
        'nav-duty-rosters',
        'nav-duty-records',
        'nav-incidents',
        'nav-publicity',
        'nav-work',
        'nav-reception',
        'nav-cases',
        'nav-diversion',
        'nav-petitioners',
        'nav-resident-id',
        'nav-hotspots',
        'nav-backlog',
        'nav-dashboard',
        'nav-annual-report',
        'nav-profile',
      ],
    ],
  ])('Issue 17: %s lands on %s, sees the grouped menu of its role and no account administration; that URL sends them to their landing page', async (user, landing, expected) => {
    await loginAs(page, baseUrl, user, demoPassword);
    await page.waitForURL((url) => url.pathname === landing);
    await page.getByTestId('breadcrumb').waitFor();
    expect(await menu()).toEqual(expected);
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByTestId('shell-user-name').waitFor();
    await page.waitForURL((url) => url.pathname === landing);
  });

  it('an administrator creates a township officer, who logs in and changes their password', async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.waitForURL((url) => url.pathname === '/admin/users');
    expect(await menu()).toEqual([
      'nav-users',
      'nav-org',
      'nav-categories',
      'nav-diversion-rules',
      'nav-calendar',
      'nav-incident-limits',
      'nav-audit',
      'nav-reception',
      'nav-cases',
      'nav-supervision',
      'nav-diversion',
      'nav-petitioners',
      'nav-resident-id',
      'nav-duty-rosters',
      'nav-duty-records',
      'nav-incidents',
      'nav-publicity',
      'nav-hotspots',
      'nav-backlog',
      'nav-dashboard',
      'nav-annual-report',
      'nav-budget',
      'nav-profile',
    ]);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').getByText('township').waitFor();

    await page.getByTestId('users-username').fill('guanzhai01');
    await page.getByTestId('users-display-name').fill('观寨镇 刘干事');
    await page.getByTestId('users-password').fill('Guanzhai-duty-2026');
    await page.getByTestId('users-role').click();
    await page.locator('nz-option-item', { hasText: '乡镇信访干部' }).click();
    await page.getByTestId('users-unit').click();
    await page.locator('nz-option-item', { hasText: '观寨镇' }).click();
    await page.getByTestId('users-submit').click();
    await page.getByTestId('users-message').filter({ hasText: '账号已创建' }).waitFor();
    await page.getByTestId('users-table').getByText('观寨镇 刘干事').waitFor();
    await screenshot(page, 'user-admin');

    await page.getByTestId('shell-logout').click();
    await loginAs(page, baseUrl, 'guanzhai01', 'Guanzhai-duty-2026');
    expect(await page.locator('body').innerText()).toContain('观寨镇');
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-current').fill('Guanzhai-duty-2026');
    await page.getByTestId('profile-new').fill('short');
    await page.getByTestId('profile-confirm').fill('short');
    await page.getByTestId('profile-submit').click();
    // The policy is told under the new password before any round trip, the cursor put there.
    await fieldError('newPassword').filter({ hasText: '至少 10 个字符' }).waitFor();
    expect(await focusedId()).toBe('newPassword');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('profile-submit').click();
    await fieldError('newPassword').filter({ hasText: '至少 10 个字符' }).waitFor();
    expect(await focusedId()).toBe('newPassword');
    await screen('profile-invalid-phone');
    await page.setViewportSize({ width: 1366, height: 768 });
    // A wrong current password is the API's to tell: it lands under that control.
    await page.getByTestId('profile-current').fill('not-my-password-1');
    await page.getByTestId('profile-new').fill('Guanzhai-new-2027');
    await page.getByTestId('profile-confirm').fill('Guanzhai-new-2027');
    await page.getByTestId('profile-submit').click();
    await fieldError('currentPassword').filter({ hasText: '当前密码不正确' }).waitFor();
    expect(await focusedId()).toBe('currentPassword');
    await page.getByTestId('profile-current').fill('Guanzhai-duty-2026');
    await fieldError('currentPassword').waitFor({ state: 'detached' });
    await page.getByTestId('profile-new').fill('Guanzhai-new-2027');
    await page.getByTestId('profile-confirm').fill('Guanzhai-new-2027');
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('profile-message').filter({ hasText: '密码已修改' }).waitFor();
    await screenshot(page, 'profile');

    // The administrator disables the account; its owner can no longer log in.
    await page.getByTestId('shell-logout').click();
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-toggle-guanzhai01').click();
    await page.getByTestId('users-status-guanzhai01').filter({ hasText: '已停用' }).waitFor();
    await page.getByTestId('shell-logout').click();
    await page.getByTestId('login-username').fill('guanzhai01');
    await page.getByTestId('login-password').fill('Guanzhai-new-2027');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').filter({ hasText: '用户名或密码错误' }).waitFor();
  });
});
