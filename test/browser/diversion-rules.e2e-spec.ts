import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

/**
 * 分流规则表 as an administrator revises it: add a keyword to the land-contract arbitration rule,
 * save, and see the rule's next version current while the earlier version stays in the history.
 */
describe('分流规则 (diversion rule table), in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1366, height: 900 });

  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };

  it('an administrator revises a rule’s keywords and sees the new version; the old one stays in the history', async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-diversion-rules').click();
    const row = page.getByTestId('rule-row-LAND_CONTRACT_ARBITRATION');
    await row.getByText('农村土地承包仲裁委员会').waitFor();
    const before = Number((await row.getByTestId('rule-version').innerText()).replace('v', ''));
    expect(await row.getByTestId('rule-keywords').innerText()).not.toContain('土地确权');

    await page.getByTestId('rule-edit-LAND_CONTRACT_ARBITRATION').click();
    const keywords = page.getByTestId('rule-keywords-input');
    await keywords.waitFor();
    await keywords.fill(`${await keywords.inputValue()}、土地确权`);
    await page.getByText(`保存后生成第 ${before + 1} 版`).waitFor();
    await settled('diversion-rules-edit');
    await page.getByTestId('rule-save').click();

    await page
      .getByTestId('rules-message')
      .getByText(`第 ${before + 1} 版`)
      .waitFor();
    expect(await row.getByTestId('rule-version').innerText()).toBe(`v${before + 1}`);
    expect(await row.getByTestId('rule-keywords').innerText()).toContain('土地确权');
    await settled('diversion-rules-revised');

    await page.getByTestId('rules-history').click();
    const previous = page.getByTestId(`rule-row-LAND_CONTRACT_ARBITRATION-v${before}`);
    await previous.waitFor();
    expect(await previous.getByTestId('rule-keywords').innerText()).not.toContain('土地确权');
    expect(
      await page
        .getByTestId(`rule-row-LAND_CONTRACT_ARBITRATION-v${before + 1}`)
        .getByTestId('rule-keywords')
        .innerText(),
    ).toContain('土地确权');
  });
});
