import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots');

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'];
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the browser tests through `npm test`');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Signs `page` in as `username` through the login form, as a person would. Only login.e2e-spec.ts
 * needs this; every other spec uses loginAs.
 */
export async function loginThroughForm(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('shell-user-name').waitFor();
}

/** Where the web app keeps its session (apps/web/src/app/core/auth/auth.service.ts). */
const SESSION_KEY = 'julu.session';
/** A cached session is reused while its access token has at least this long left (a spec takes far less). */
const SESSION_REUSE_MARGIN_MS = 5 * 60_000;
/** One login per user and spec file (jest loads this module afresh for each file). */
const sessions = new Map<string, { json: string; expiresAt: number }>();

/** The cached session still works: not near its end, nor ended since (a logout in the UI, a disabled account). */
async function stillValid(baseUrl: string, cached: { json: string; expiresAt: number }): Promise<boolean> {
  if (cached.expiresAt - SESSION_REUSE_MARGIN_MS <= Date.now()) return false;
  const { accessToken } = JSON.parse(cached.json) as { accessToken: string };
  return (await fetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status === 200;
}

async function sessionOf(baseUrl: string, username: string, password: string): Promise<string> {
  const key = `${username}\n${password}`;
  const cached = sessions.get(key);
  if (cached && (await stillValid(baseUrl, cached))) return cached.json;
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login as ${username} failed with ${res.status}`);
  const body = (await res.json()) as { accessToken: string; refreshToken: string; expiresIn: number; user: unknown };
  const expiresAt = Date.now() + body.expiresIn * 1000;
  const json = JSON.stringify({ accessToken: body.accessToken, refreshToken: body.refreshToken, expiresAt, user: body.user });
  sessions.set(key, { json, expiresAt });
  return json;
}

/**
 * Opens the app signed in as `username`, on the page the login form leads to ('/'), without going
 * through the form: the user's session (one API login per user per spec file) is put into the
 * tab's sessionStorage, where the app keeps it, from a static page of the same origin (no app
 * start), then the app opens. login.e2e-spec.ts drives the form itself (loginThroughForm).
 */
export async function loginAs(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  const session = await sessionOf(baseUrl, username, password);
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, session] as const);
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('shell-user-name').waitFor();
}

/**
 * Hooks for a spec that drives a fresh page per test: one headless Chromium for the file and a new
 * zh-CN browser context (no shared cookies or storage) for every test, handed to `onPage`.
 */
export function usePagePerTest(onPage: (page: Page) => void, viewport = { width: 1280, height: 900 }): void {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport });
    onPage(await context.newPage());
  });
  afterEach(async () => {
    await context.close();
  });
}

/**
 * Types a value into an <app-date-field> (ng-zorro date, date-time or time picker) as a user
 * would: open it, type in the picker's format (2026-12-08, 2026-12-08 09:30, 09:30) and confirm
 * with Enter; waits until the field shows the value.
 */
export async function pickDate(field: Locator, value: string): Promise<void> {
  const input = field.locator('input').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  // Polls the field in the page until the picker has committed the value (this file has no DOM types).
  await input.evaluate(
    (el, expected) =>
      new Promise<void>((done) => {
        const check = (): void => {
          if ((el as unknown as { value: string }).value === expected) done();
          else setTimeout(check, 16);
        };
        check();
      }),
    value,
  );
}
