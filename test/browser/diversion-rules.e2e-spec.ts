import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
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
    const kept = await keywords.inputValue();
    // No keyword left: the rule is not saved, the tip is under 关键词 and the cursor in it, on a desk and on a phone.
    await keywords.fill(' ');
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('rule-save').click();
      await page.locator('.ant-modal-content [data-field="keywordsText"] .ant-form-item-explain-error').filter({ hasText: '请至少填写一个关键词' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'rule-keywordsText');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `diversion-rules-blocked-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await keywords.fill(`${kept}、土地确权`);
    await page.getByText(`保存后生成第 ${before + 1} 版`).waitFor();
    await settled('diversion-rules-edit');
    await page.getByTestId('rule-save').click();

    await page
      .getByTestId('rules-message')
      .getByText(`第 ${before + 1} 版`)
      .waitFor();
    // The message comes as the table reloads: wait for the row to show the new version.
    await row
      .getByTestId('rule-version')
      .filter({ hasText: new RegExp(`^v${before + 1}$`) })
      .waitFor();
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
