import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

/** An administrator sets the 特别重大 level's report limits on 突发事件报告时限; others only read them. */
describe('incident report limits, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));

  const limits = async (token: string): Promise<{ level: string; phoneMinutes: number; writtenMinutes: number }[]> =>
    (await fetch(`${baseUrl}/api/incident-report-limits`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<
      { level: string; phoneMinutes: number; writtenMinutes: number }[]
    >;
  const restore = async (before: { phoneMinutes: number; writtenMinutes: number }): Promise<void> => {
    const res = await fetch(`${baseUrl}/api/incident-report-limits/PARTICULARLY_MAJOR`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await login('admin')}`, 'content-type': 'application/json' },
      body: JSON.stringify(before),
    });
    expect(res.status).toBe(200);
  };

  it('an administrator edits a level’s phone and written limits from the menu', async () => {
    const before = (await limits(await login('admin'))).find((l) => l.level === 'PARTICULARLY_MAJOR');
    if (!before) throw new Error('no PARTICULARLY_MAJOR limit');
    try {
      await loginAs(page, baseUrl, 'admin', demoPassword);
      await page.getByTestId('nav-incident-limits').click();
      const row = page.getByTestId('limit-PARTICULARLY_MAJOR');
      await row.waitFor();
      expect(await row.innerText()).toContain('特别重大');
      await row.locator('[data-testid="limit-phone"] input').fill('15');
      await row.locator('[data-testid="limit-written"] input').fill('45');
      await row.locator('[data-testid="limit-written"] input').press('Tab');
      await row.getByTestId('limit-save').click();
      await page.getByTestId('limits-saved').waitFor();
      expect(await page.getByTestId('limits-saved').innerText()).toContain('特别重大：报告时限已保存');
      await screenshot(page, 'incident-limits-admin');

      const after = (await limits(await login('township'))).find((l) => l.level === 'PARTICULARLY_MAJOR');
      expect(after).toEqual({ level: 'PARTICULARLY_MAJOR', phoneMinutes: 15, writtenMinutes: 45 });
    } finally {
      await restore({ phoneMinutes: before.phoneMinutes, writtenMinutes: before.writtenMinutes });
    }
  });

  it('a limit left empty is named under its own box and gets the cursor, at 1366×768 and 390×844; nothing is saved', async () => {
    const before = await limits(await login('admin'));
    await loginAs(page, baseUrl, 'admin', demoPassword);
    const focused = async (id: string): Promise<string | null> => {
      await page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5000 }).catch(() => undefined);
      return page.evaluate(() => document.activeElement?.id ?? null);
    };
    const cases = [
      { size: { width: 1366, height: 768 }, box: 'phone', field: 'phoneMinutes', message: '请填写电话报告时限' },
      { size: { width: 390, height: 844 }, box: 'written', field: 'writtenMinutes', message: '请填写书面报告时限' },
    ];
    for (const { size, box, field, message } of cases) {
      await page.setViewportSize(size);
      await page.goto(`${baseUrl}/admin/incident-limits`);
      const row = page.getByTestId('limit-MAJOR');
      const input = row.locator(`[data-testid="limit-${box}"] input`);
      await input.waitFor();
      await input.fill('');
      await input.press('Tab');
      await row.getByTestId('limit-save').click();
      await row.locator(`[data-field="${field}"] .ant-form-item-explain-error`).filter({ hasText: message }).waitFor();
      expect(await focused(`limit-${box}-MAJOR`)).toBe(`limit-${box}-MAJOR`);
      expect(await page.getByTestId('limits-saved').count()).toBe(0);
      await screenshot(page, `incident-limits-errors-${size.width}`);
    }
    expect(await limits(await login('admin'))).toEqual(before);
  });

  it('a township officer has no such menu item, and the URL sends them home', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    expect(await page.getByTestId('nav-incident-limits').count()).toBe(0);
    await page.goto(`${baseUrl}/admin/incident-limits`);
    await page.waitForURL((url) => !url.pathname.startsWith('/admin'));
  });
});
