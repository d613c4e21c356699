import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loginAs, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('resident-ID check page: the same domain rule in the browser and the API', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let browser: Browser;
  let page: Page;
  const apiCalls: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })).newPage();
    page.on('request', (r) => {
      if (r.url().includes('/api/identity-numbers/check')) apiCalls.push(r.postData() ?? '');
    });
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-resident-id').click();
    await page.getByTestId('resident-id-input').waitFor();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('rejects a mistyped number in the browser, without calling the API', async () => {
    await page.getByTestId('resident-id-input').fill('110105194912310021');
    // The tip under the number and the cursor in it, on a desk and on a phone.
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('resident-id-submit').click();
      await page.locator('[data-field="idNumber"] .ant-form-item-explain-error').filter({ hasText: '校验位不正确' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'idNumber');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `resident-id-blocked-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(apiCalls).toEqual([]);
    await screenshot(page, 'resident-id-error');
  });

  it('checks a valid number with the API and shows birth date and gender', async () => {
    await page.getByTestId('resident-id-input').fill('11010519491231002x');
    await page.getByTestId('resident-id-submit').click();
    await page.getByTestId('resident-id-result').waitFor();
    expect(await page.getByTestId('resident-id-normalized').innerText()).toContain('11010519491231002X');
    expect(await page.getByTestId('resident-id-birth-date').innerText()).toContain('1949');
    expect(await page.getByTestId('resident-id-gender').innerText()).toContain('女');
    expect(apiCalls).toHaveLength(1);
    await screenshot(page, 'resident-id-result');
  });
});
