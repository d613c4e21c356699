import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('法定期限与节假日: an administrator reads the limits and adds a year, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));
  const fieldError = (field: string) => page.locator(`[data-field~="${field}"] .ant-form-item-explain-error`);
  const focusedId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);

  it.each([
    ['laptop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ])('录入放假安排 on a %s: each problem under its control, the cursor in the first', async (name, viewport) => {
    await page.setViewportSize(viewport);
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.goto(`${baseUrl}/admin/calendar`);
    await page.getByTestId('rule-D10').waitFor();
    await page.getByTestId('notice-input').fill('国务院办公厅关于2027年部分节假日安排的通知');
    await page.getByTestId('workdays-input').fill('2027-2-14');
    await page.getByTestId('add-year').click();
    await fieldError('year').filter({ hasText: '请填写年份' }).waitFor();
    await fieldError('holidays').filter({ hasText: '请至少录入一个节日' }).waitFor();
    await fieldError('workdays').filter({ hasText: '2027-2-14' }).waitFor();
    expect(await focusedId()).toBe('calendar-year');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `calendar-year-invalid-${name}.png`) });
  });

  it('shows the ten legal clocks (D10: the 交办 feedback limit) with their articles and the built-in years, refuses a malformed line, and adds 2027', async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('rule-D5').getByText('第三十四条').waitFor();
    await page.getByTestId('rule-D10').waitFor();
    expect(await page.getByTestId('clock-rules').locator('tbody tr').count()).toBe(10);
    await page.getByTestId('holiday-years').getByText('国办发明电〔2024〕12号（2024-11-12）').waitFor();

    await page.getByTestId('year-input').locator('input').fill('2027');
    await page.getByTestId('notice-input').fill('国务院办公厅关于2027年部分节假日安排的通知');
    await page.getByTestId('holidays-input').fill('元旦 2027/01/01');
    await page.getByTestId('add-year').click();
    await fieldError('holidays').getByText('第 1 行').waitFor();
    expect(await focusedId()).toBe('calendar-holidays');

    await page.getByTestId('holidays-input').fill('元旦 2027-01-01 2027-01-03\n春节 2027-02-05 2027-02-13');
    await page.getByTestId('workdays-input').fill('2027-02-14');
    await page.getByTestId('add-year').click();
    await page.getByTestId('calendar-message').getByText('已添加放假安排').waitFor();
    await page.getByTestId('holiday-years').getByText('春节 2027-02-05～2027-02-13').waitFor();
    await screenshot(page, 'calendar-admin');
  });
});
