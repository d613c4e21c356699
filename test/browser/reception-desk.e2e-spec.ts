import { residentIdCheckChar } from '@julu/domain';
import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

const ID_NUMBER = `13052919700606123${residentIdCheckChar('13052919700606123')}`;

describe('reception desk, case list and case detail, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1440, height: 1000 });

  beforeEach(async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-reception').click();
  });

  const choose = async (testId: string, option: string): Promise<void> => {
    await page.getByTestId(testId).click();
    await page.locator('nz-option-item', { hasText: option }).first().click();
  };

  const fillMatter = async (title: string): Promise<void> => {
    await choose('reception-category', '劳动社保');
    await page.getByTestId('reception-title').fill(title);
    await page.getByTestId('reception-request').fill('请求协调支付拖欠的工资');
  };

  it('logs a group visit of 8 people with 3 representatives, shows the case number and query code, and lists the case', async () => {
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-id-info').filter({ hasText: '1970-06-06' }).waitFor();
    await page.getByTestId('reception-name').fill('赵大勇');
    await choose('reception-person-township', '巨鹿镇');
    await fillMatter('八名工人反映工程款拖欠');
    await page.getByTestId('reception-people-count').locator('input').fill('8');
    for (let i = 0; i < 3; i++) await page.getByTestId('reception-add-rep').click();
    for (const [i, name] of ['代表甲', '代表乙', '代表丙'].entries()) await page.getByTestId(`reception-rep-name-${i}`).fill(name);
    await screenshot(page, 'reception-desk');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    const caseNo = (await page.getByTestId('receipt-case-no').innerText()).trim();
    expect(caseNo).toMatch(/^130529\d{10}$/);
    expect((await page.getByTestId('receipt-query-code').innerText()).trim()).toMatch(/^[23456789A-HJ-NP-Z]{12}$/);
    await screenshot(page, 'reception-receipt');

    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('case-title').filter({ hasText: '八名工人反映工程款拖欠' }).waitFor();
    await page.getByTestId('case-visits').getByText('代表甲、代表乙、代表丙').waitFor();
    await page.getByTestId('case-attachment-input').locator('input[type=file]').setInputFiles({ name: '工资欠条.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n欠条扫描件') });
    await page.getByTestId('case-attachment-工资欠条.pdf').waitFor();
    await screenshot(page, 'case-detail');

    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-keyword').fill('工程款');
    await page.getByTestId('cases-search').click();
    await page.getByTestId(`cases-row-${caseNo}`).waitFor();
    await page.getByTestId('cases-view-name').fill('工程款');
    await page.getByTestId('cases-save-view').click();
    await page.getByTestId('cases-view-工程款').waitFor();
    await screenshot(page, 'case-list');
    const download = page.waitForEvent('download');
    await page.getByTestId('cases-export').click();
    expect((await download).suggestedFilename()).toMatch(/^信访事项台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('refuses a sixth representative with the rule, and offers the known person with prior cases', async () => {
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-known').filter({ hasText: '赵大勇' }).waitFor();
    await page.getByTestId('reception-prior').filter({ hasText: '八名工人反映工程款拖欠' }).waitFor();
    for (let i = 0; i < 6; i++) await page.getByTestId('reception-add-rep').click();
    await page.getByTestId('reception-problem').filter({ hasText: '代表不得超过 5 人' }).waitFor();
    expect(await page.locator('[data-testid^="reception-rep-name-"]').count()).toBe(5);
  });

  it('offers the earlier case as a likely repeat once the matter is typed; confirming marks the new case a repeat', async () => {
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-known').waitFor();
    await fillMatter('再次反映工程款拖欠');
    await page.getByTestId('reception-title').focus();
    await page.getByTestId('reception-request').focus();
    const candidate = page.locator('[data-testid^="reception-candidate-"]').filter({ hasText: '八名工人反映工程款拖欠' });
    await candidate.filter({ hasText: '身份证号码相同' }).waitFor();
    await screenshot(page, 'reception-repeat-candidates');
    await candidate.locator('[data-testid^="reception-confirm-"]').click();
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('case-repeat-of').filter({ hasText: '累计重复次数 1' }).waitFor();
    await page.getByTestId('case-repeat-links').filter({ hasText: '第十九条第三款' }).waitFor();
    await page.getByTestId('case-undo-repeat').click();
    await page.getByTestId('case-repeat-links').filter({ hasText: '已撤销' }).waitFor();
    expect(await page.getByTestId('case-repeat-of').count()).toBe(0);
  });

  it.each([
    ['来信', 'LETTER'],
    ['网上信访', 'ONLINE'],
    ['来电', 'PHONE'],
    ['传真', 'FAX'],
  ])('registers a case received by %s', async (label, channel) => {
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-known').waitFor();
    await choose('reception-channel', label);
    await fillMatter(`${label}反映工资问题`);
    // Arts 22, 23: the intake limit runs from receipt, so a letter or online submission gives its day.
    if (channel === 'LETTER' || channel === 'ONLINE') await page.getByTestId('reception-received-on').fill(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('case-detail').filter({ hasText: label }).waitFor();
  });
});
