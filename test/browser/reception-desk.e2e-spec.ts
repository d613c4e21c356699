import { join } from 'node:path';
import { residentIdCheckChar } from '@julu/domain';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

const residentId = (first17: string): string => first17 + residentIdCheckChar(first17);
const ID_NUMBER = residentId('13052919700606123');
const REP_ID = residentId('13052919720815004');
/** The same number with its check character changed: a typo the desk must not file as 其他证件. */
const wrongCheck = (id: string): string => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
/** The laptops at the desk: the form is taller than the screen. */
const DESK = { width: 1366, height: 768 };

describe('reception desk, case list and case detail, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), DESK);

  beforeEach(async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-reception').click();
  });

  const choose = async (testId: string, option: string): Promise<void> => {
    await page.getByTestId(testId).click();
    await page.locator('nz-option-item', { hasText: option }).first().click();
  };

  /** What the screen shows (not the whole page): where the focus and the marks are. */
  const screen = (name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  const focusedId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
  const fieldError = (field: string) => page.locator(`[data-field~="${field}"] .ant-form-item-explain-error`);
  const inView = async (testId: string): Promise<boolean> => {
    const box = await page.getByTestId(testId).boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= DESK.height;
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
    await page.getByTestId('reception-rep-id-0').fill(REP_ID);
    // The representative's number is readable whole in its field.
    const repId = page.getByTestId('reception-rep-id-0');
    expect(await repId.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshot(page, 'reception-desk');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    const caseNo = (await page.getByTestId('receipt-case-no').innerText()).trim();
    expect(caseNo).toMatch(/^130529\d{10}$/);
    expect((await page.getByTestId('receipt-query-code').innerText()).trim()).toMatch(/^[23456789A-HJ-NP-Z]{12}$/);
    // The receipt has the focus, counts the visitors and names the representatives, numbers masked.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reception-receipt-panel');
    expect((await page.getByTestId('receipt-visitors').innerText()).trim()).toBe('8 人');
    const reps = await page.getByTestId('receipt-representatives').innerText();
    expect(reps).toContain('代表甲');
    expect(reps).toContain(`${REP_ID.slice(0, 4)}**************`);
    expect(reps).not.toContain(REP_ID.slice(-4));
    expect(reps).toContain('代表丙');
    // What the public query really asks for: the code and the last four characters, not the case number.
    const how = await page.getByTestId('receipt-how-to-query').innerText();
    expect(how).toContain('/query');
    expect(how).toContain('查询码');
    expect(how).toContain('后四位');
    expect(await page.getByTestId('receipt').innerText()).not.toContain('凭信访件编号和查询码');
    await screenshot(page, 'reception-receipt');
    await page.emulateMedia({ media: 'print' });
    await screen('reception-receipt-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('case-title').filter({ hasText: '八名工人反映工程款拖欠' }).waitFor();
    await page.getByTestId('case-visits').getByText('代表甲、代表乙、代表丙').waitFor();
    await page
      .getByTestId('case-attachment-input')
      .locator('input[type=file]')
      .setInputFiles({ name: '工资欠条.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n欠条扫描件') });
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
    await fieldError('representatives').filter({ hasText: '代表不得超过 5 人' }).waitFor();
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
    // Scored as a person reads it: a similarity in percent, never a raw 0.94.
    expect(await candidate.locator('[data-testid^="reception-similarity-"]').innerText()).toMatch(/^相似度 \d{1,3}%$/);
    expect(await page.getByTestId('reception-candidates').innerText()).not.toMatch(/得分|\b0\.\d+/);
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
    if (channel === 'LETTER' || channel === 'ONLINE') {
      const picker = page.getByTestId('reception-received-on').locator('input');
      await picker.fill(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
      await picker.press('Enter');
    }
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('case-detail').filter({ hasText: label }).waitFor();
  });

  it('blocks a resident ID with a wrong check digit: the field is marked, scrolled to and focused; 其他证件 must be chosen explicitly', async () => {
    await page.getByTestId('reception-id-number').fill(wrongCheck(REP_ID));
    await page.getByTestId('reception-name').fill('钱秀英');
    await choose('reception-person-township', '巨鹿镇');
    await fillMatter('反映工资拖欠');
    // Save from the bottom of the form, with the number scrolled out of sight.
    await page.getByTestId('reception-save').scrollIntoViewIfNeeded();
    expect(await inView('reception-id-number')).toBe(false);
    await page.getByTestId('reception-save').click();
    await fieldError('person.idNumber').filter({ hasText: '校验位不正确' }).waitFor();
    expect(await fieldError('person.idNumber').innerText()).toContain('证件类型');
    await page.locator('[data-field~="person.idNumber"].ant-form-item-has-error').waitFor();
    expect(await page.getByTestId('reception-id-number').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId()).toBe('reception-id-number');
    expect(await inView('reception-id-number')).toBe(true);
    expect(await page.getByTestId('reception-done').count()).toBe(0);
    await screen('reception-id-blocked-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('reception-save').click();
    await fieldError('person.idNumber').waitFor();
    expect(await focusedId()).toBe('reception-id-number');
    await screen('reception-id-blocked-390');
    await screenshot(page, 'reception-desk-390');
    await page.setViewportSize(DESK);

    // A 14-digit number is just as blocked; only an explicit 其他证件 takes it as written.
    await page.getByTestId('reception-id-number').fill('13052919900315');
    await page.getByTestId('reception-save').click();
    await fieldError('person.idNumber').filter({ hasText: '18位' }).waitFor();
    await choose('reception-id-type', '其他证件');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
  });

  it("marks every missing field, focuses the first, and puts a representative's bad number on that representative", async () => {
    await page.getByTestId('reception-add-rep').click();
    await page.getByTestId('reception-rep-name-0').fill('代表丁');
    await page.getByTestId('reception-rep-id-0').fill(wrongCheck(REP_ID));
    await page.getByTestId('reception-save').click();
    for (const field of ['person.name', 'matter.categoryCode', 'matter.title', 'matter.mainRequest', 'matter.townshipId']) await fieldError(field).waitFor();
    await fieldError('rep.0.idNumber').filter({ hasText: '校验位不正确' }).waitFor();
    expect(await focusedId()).toBe('reception-name');
    // No pile of full-width alerts under the form: each message sits on its field.
    expect(await page.getByTestId('reception-problem').count()).toBe(0);
    await screenshot(page, 'reception-missing-fields');
    await page.getByTestId('reception-name').fill('李桂芝');
    await fieldError('person.name').waitFor({ state: 'detached' });
  });

  it('接待下一位 clears the desk and puts the cursor back in the ID number; N and P work from the receipt', async () => {
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-known').waitFor();
    await fillMatter('反映工资拖欠再次来访');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reception-receipt-panel');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'reception-receipt-390');
    await page.setViewportSize(DESK);
    await page.evaluate(() => window.addEventListener('beforeprint', () => document.body.setAttribute('data-printed', 'yes')));
    await page.keyboard.press('p');
    await page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
    await page.keyboard.press('n');
    await page.getByTestId('reception-save').waitFor();
    expect(await page.getByTestId('reception-id-number').inputValue()).toBe('');
    expect(await page.getByTestId('reception-title').inputValue()).toBe('');
    expect(await page.getByTestId('reception-known').count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.id === 'reception-id-number');
    const label = await page.locator('label[for="reception-id-number"]').boundingBox();
    expect(label !== null && label.y >= 0).toBe(true);
    await screen('reception-next-1366');
  });
});
