import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

/** A 1×1 PNG: evidence photo of the publicity event. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('a township officer on a phone: incident quick report with live countdowns, and a publicity event', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 375, height: 812 });

  /** Opens a select and chooses an option, typing to filter first (long village lists scroll virtually). */
  const pick = async (testId: string, option: string, search = false): Promise<void> => {
    await page.getByTestId(testId).click();
    if (search) await page.keyboard.type(option.slice(0, 3));
    await page.locator('nz-option-item').filter({ hasText: option }).first().click();
  };
  /** Screenshots after dropdowns and tab switches have finished moving. */
  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };
  const fitsThePhone = async (): Promise<void> => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  };

  it('quick-reports an incident already phoned in, sees the written report count down, files the 书面初报', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/incidents`);
    await page.getByTestId('incident-quick-report').click();
    await page.getByTestId('incident-title').fill('村民聚集镇政府门前');
    await pick('incident-level', '较大');
    await pick('incident-nature', '非接待场所聚集');
    await pick('incident-village', '小马庄村', true);
    await page.getByTestId('incident-place').fill('巨鹿镇政府大门外');
    await page.getByTestId('incident-people').locator('input').fill('35');
    await page.getByTestId('incident-description').fill('约35名村民因土地补偿问题聚集，镇领导已到场劝导。');
    await page.getByTestId('incident-phone-done').click();
    await page.getByTestId('incident-reported-to').click();
    await page.locator('nz-option-item').filter({ hasText: '县委总值班室' }).click();
    await page.keyboard.press('Escape');
    await fitsThePhone();
    await settled('incident-quick-report-phone');
    await page.getByTestId('incident-submit').click();

    await page.getByTestId('incident-detail').waitFor();
    await page.getByTestId('incident-detail-phone').filter({ hasText: '按时' }).waitFor();
    const written = page.getByTestId('incident-detail-written');
    expect(await written.getAttribute('data-status')).toBe('OPEN');
    const first = await written.innerText();
    expect(first).toMatch(/书面报告\s*剩 \d{2}:\d{2}/);
    // The countdown is live: it moves without a reload.
    await page.waitForFunction((before) => document.querySelector('[data-testid="incident-detail-written"]')?.textContent?.trim() !== before.trim(), first);
    await page.getByTestId('incident-report-PHONE').waitFor();
    await fitsThePhone();
    await settled('incident-detail-countdown-phone');

    await page.getByTestId('report-content').fill('书面初报：现场约35人，情绪已平稳，镇政府正在核实补偿情况。');
    await page.getByTestId('report-save').click();
    await page.getByTestId('incident-notice').waitFor();
    await page.getByTestId('incident-report-INITIAL').waitFor();
    await page.getByTestId('incident-verdict').filter({ hasText: '按时报告' }).waitFor();
    await page.getByTestId('incident-detail-written').filter({ hasText: '按时' }).waitFor();

    await page.goto(`${baseUrl}/incidents`);
    await page.locator('[data-testid^="incident-item-"]').filter({ hasText: '村民聚集镇政府门前' }).first().waitFor();
    await fitsThePhone();
    await settled('incident-list-phone');
  });

  it('files a publicity event with villages of the township and a photo; the coverage table counts it', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/publicity`);
    await page.getByTestId('publicity-new').click();
    await pick('publicity-villages', '小马庄村', true);
    await pick('publicity-villages', '老马庄村', true);
    await page.keyboard.press('Escape');
    await pick('publicity-form', '现场咨询');
    await page.getByTestId('publicity-topic').fill('《信访工作条例》进村宣讲');
    await page.getByTestId('publicity-participants').locator('input').fill('60');
    await page.getByTestId('publicity-photos').locator('input[type=file]').setInputFiles({ name: '宣讲现场.png', mimeType: 'image/png', buffer: PHOTO });
    await fitsThePhone();
    await settled('publicity-event-form-phone');
    await page.getByTestId('publicity-submit').click();

    await page.getByTestId('publicity-saved').waitFor();
    const item = page.locator('[data-testid^="publicity-item-"]').filter({ hasText: '《信访工作条例》进村宣讲' });
    await item.filter({ hasText: '小马庄村、老马庄村' }).waitFor();
    await item.filter({ hasText: '活动照片 1' }).waitFor();
    await fitsThePhone();
    await settled('publicity-events-phone');

    await page.getByText('行政村覆盖率', { exact: true }).click();
    // 2 of 巨鹿镇's 20 行政村 in the seeded org tree.
    await page.locator('.ant-tabs-tabpane-active').getByTestId('coverage-rate-巨鹿镇').filter({ hasText: '10%' }).waitFor();
    await settled('publicity-coverage-phone');
  });
});
