import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('年度统计 (Art 41), in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));

  it('a supervisor opens the year’s statistics by field, township and involved unit', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-annual-report').click();
    await page.getByTestId('annual-totals').getByText('信访事项（件）').waitFor();
    await page.getByTestId('annual-township').waitFor();
    await page.getByTestId('annual-field').waitFor();
    await screenshot(page, 'annual-report');
  });
});
