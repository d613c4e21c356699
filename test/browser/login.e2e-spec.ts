import { ROLE_LABELS, type Role } from '@julu/contracts';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginThroughForm, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('login and the shell, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });

  afterEach(async () => {
    await context.close();
  });

  it('shows the Chinese login page at / for a visitor', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-submit').waitFor();
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.title()).toContain('信访');
    const text = await page.locator('body').innerText();
    expect(text).toContain('用户名');
    expect(text).toContain('密码');
    expect(await page.getByTestId('login-submit').innerText()).toContain('登');
    await screenshot(page, 'login');
  });

  it.each([
    ['laptop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ])('on a %s, an empty field is told under it and gets the cursor; nothing is sent', async (name, viewport) => {
    await page.setViewportSize(viewport);
    await page.goto(`${baseUrl}/login`);
    let sent = false;
    page.on('request', (r) => {
      if (r.url().includes('/api/auth/login')) sent = true;
    });
    await page.getByTestId('login-submit').click();
    await page.locator('[data-field="username"] .ant-form-item-explain-error').filter({ hasText: '请输入用户名' }).waitFor();
    await page.locator('[data-field="password"] .ant-form-item-explain-error').filter({ hasText: '请输入密码' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-submit').click();
    await page.locator('[data-field="username"] .ant-form-item-explain-error').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    expect(sent).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `login-invalid-${name}.png`) });
  });

  it('shows the API message for a wrong password beside the button and stays on the login page', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('用户名或密码错误');
    expect(page.url()).toMatch(/\/login$/);
    // Beside the button, right under it, not at the top of the card.
    const button = await page.getByTestId('login-submit').boundingBox();
    const error = await page.getByTestId('login-error').boundingBox();
    expect(button !== null && error !== null && error.y >= button.y + button.height).toBe(true);
    await screenshot(page, 'login-error');
  });

  const users: [string, Role, string | null][] = [
    ['admin', 'ADMIN', '巨鹿县信访局'],
    ['supervisor', 'SUPERVISOR', '巨鹿县信访局'],
    ['reception', 'RECEPTION', '巨鹿县信访局'],
    ['handler', 'HANDLER', '县人力资源和社会保障局'],
    ['township', 'TOWNSHIP_OFFICER', '巨鹿镇'],
  ];

  it.each(users)('logs %s in and shows their name, role label and unit', async (username, role, unit) => {
    await loginThroughForm(page, baseUrl, username, demoPassword);
    expect(await page.getByTestId('shell-user-role').innerText()).toContain(ROLE_LABELS[role]);
    if (unit) expect(await page.locator('body').innerText()).toContain(unit);
    await screenshot(page, `home-${username}`);

    await page.getByTestId('shell-logout').click();
    await page.getByTestId('login-submit').waitFor();
    await page.goto(`${baseUrl}/resident-id`);
    await page.getByTestId('login-submit').waitFor();
  });

  it('raised no script errors', () => {
    expect(pageErrors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
