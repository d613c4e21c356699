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

export async function loginAs(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
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
