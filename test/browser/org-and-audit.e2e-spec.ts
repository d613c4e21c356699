import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

describe('org tree and audit log pages, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));
  const fieldError = (field: string) => page.locator(`[data-field~="${field}"] .ant-form-item-explain-error`);
  const focusedId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
  const screen = (name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

  it.each([
    ['laptop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ])('新增下级单位 and 改名 on a %s: the problem under its control, the cursor in it, nothing sent', async (name, viewport) => {
    await page.setViewportSize(viewport);
    await loginAs(page, baseUrl, 'admin', demoPassword);
    // The phone's menu is folded away: go by the address.
    await page.goto(`${baseUrl}/admin/org`);
    await page.getByTestId('org-row-观寨镇').click();
    await page.getByTestId('org-detail-aliases').filter({ hasText: '观寨乡' }).waitFor();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/api/org-units')) posts.push(r.url());
    });
    await page.getByTestId('org-child-code').fill('1234');
    await page.getByTestId('org-add').click();
    await fieldError('childName').filter({ hasText: '请填写单位名称' }).waitFor();
    await fieldError('childCode').filter({ hasText: '9 位' }).waitFor();
    expect(await focusedId()).toBe('org-child-name');
    await screen(`org-add-invalid-${name}`);
    await page.getByTestId('org-new-name').fill(' ');
    await page.getByTestId('org-rename').click();
    await fieldError('name').filter({ hasText: '请填写单位名称' }).waitFor();
    expect(await focusedId()).toBe('org-new-name');
    expect(posts).toEqual([]);
  });

  it('an administrator adds a village, renames it (old name kept), and finds both changes in the audit log', async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-org').click();
    await page.getByTestId('org-row-观寨镇').waitFor();
    await page.getByTestId('org-toggle-观寨镇').click();
    await page.getByTestId('org-row-乍补寨村').waitFor();

    await page.getByTestId('org-row-观寨镇').click();
    await page.getByTestId('org-detail-aliases').filter({ hasText: '观寨乡' }).waitFor();
    await page.getByTestId('org-child-name').fill('新建测试村');
    await page.getByTestId('org-add').click();
    await page.getByTestId('org-message').filter({ hasText: '已新增' }).waitFor();
    await page.getByTestId('org-row-新建测试村').click();
    await page.getByTestId('org-detail-name').filter({ hasText: '新建测试村' }).waitFor();
    await page.getByTestId('org-new-name').fill('兴旺测试村');
    await page.getByTestId('org-rename').click();
    await page.getByTestId('org-message').filter({ hasText: '已改名' }).waitFor();
    await page.getByTestId('org-detail-aliases').filter({ hasText: '新建测试村' }).waitFor();
    await screenshot(page, 'org-tree');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row-org_unit.update').filter({ hasText: '新建测试村 → 兴旺测试村' }).waitFor();
    await page.getByTestId('audit-row-org_unit.create').filter({ hasText: '新建测试村' }).first().waitFor();
    // Issue 17: labels, never codes — no snake_case type, field or enum code, no UUID.
    const table = await page.getByTestId('audit-table').innerText();
    expect(table).toContain('组织机构');
    expect(table).not.toMatch(
      /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_])|(?<![A-Za-z0-9_])[a-z]+_[a-z_]+|\b(name|type|parentId|code)\b|[0-9a-f]{8}-[0-9a-f]{4}-/,
    );
    await page.getByTestId('audit-actor').fill('nobody');
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-table').getByText('没有符合条件的记录').waitFor();
    await page.getByTestId('audit-actor').fill('admin');
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-row-auth.login').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    expect((await download).suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // Issue 17: the 对象类型 filter is a list of labelled types; picking one narrows the log to it.
    await page.getByTestId('audit-entity-type').click();
    await page.locator('nz-option-item', { hasText: '组织机构' }).click();
    await page.getByTestId('audit-actor').fill('');
    await page.getByTestId('audit-search').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="audit-row-auth.login"]'));
    await page.getByTestId('audit-row-org_unit.update').filter({ hasText: '新建测试村 → 兴旺测试村' }).waitFor();
    await screenshot(page, 'audit-log');
  });

  it("an administrator sets a unit's 机关代字: checked before it is sent, a taken one refused, saved, audited and cleared", async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-org').click();
    await page.getByTestId('org-row-县民政局').click();
    await page.getByTestId('org-detail-abbr').filter({ hasText: '未设置' }).waitFor();
    // Letters are refused on the page, with the rule, and nothing is sent.
    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/api/org-units/')) patches.push(r.postData() ?? '');
    });
    await page.getByTestId('org-abbr').fill('JMZ');
    await page.getByTestId('org-abbr-save').click();
    await fieldError('documentAbbr').filter({ hasText: '机关代字须为 1–8 个汉字' }).waitFor();
    expect(await focusedId()).toBe('org-abbr');
    expect(patches).toEqual([]);
    // The bureau's 巨信 is taken: the API's 409 names the unit that holds it.
    await page.getByTestId('org-abbr').fill('巨信');
    await page.getByTestId('org-abbr-save').click();
    await page.getByTestId('org-message').filter({ hasText: '机关代字 巨信 已由 巨鹿县信访局 使用' }).waitFor();
    await page.getByTestId('org-abbr').fill('巨民政');
    await page.getByTestId('org-abbr-hint').filter({ hasText: '巨民政受告〔' }).waitFor();
    await page.getByTestId('org-abbr-save').click();
    await page.getByTestId('org-message').filter({ hasText: '机关代字已保存' }).waitFor();
    await page.getByTestId('org-detail-abbr').filter({ hasText: '巨民政' }).waitFor();
    await screenshot(page, 'org-document-abbr');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row-org_unit.update').filter({ hasText: '机关代字' }).filter({ hasText: '巨民政' }).first().waitFor();

    // Cleared again: the unit's notices go back to its name.
    await page.getByTestId('nav-org').click();
    await page.getByTestId('org-row-县民政局').click();
    await page.getByTestId('org-abbr-clear').click();
    await page.getByTestId('org-message').filter({ hasText: '机关代字已清除' }).waitFor();
    await page.getByTestId('org-detail-abbr').filter({ hasText: '未设置' }).waitFor();
  });

  it('an administrator adds a second-level content category and renames it, the old name kept as an alias', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-categories').click();
    await page.getByTestId('categories-row-04').waitFor();
    await page.getByTestId('categories-parent').click();
    await page.locator('nz-option-item', { hasText: '04 农村农业' }).click();
    // A code outside the chosen heading is refused under the code, before any round trip.
    await page.getByTestId('categories-code').fill('0509');
    await page.getByTestId('categories-add').click();
    await fieldError('code').filter({ hasText: '上级代码 04 加两位数字' }).waitFor();
    await fieldError('label').filter({ hasText: '请填写分类名称' }).waitFor();
    expect(await focusedId()).toBe('categories-code');
    await page.getByTestId('categories-code').fill('0409');
    await page.getByTestId('categories-label').fill('宅基地');
    await fieldError('code').waitFor({ state: 'detached' });
    await page.getByTestId('categories-add').click();
    await page.getByTestId('categories-row-0409').waitFor();
    await page.getByTestId('categories-rename-0409').click();
    await page.getByTestId('categories-new-label-0409').fill(' ');
    await page.getByTestId('categories-save-0409').click();
    await fieldError('newLabel').filter({ hasText: '请填写分类名称' }).waitFor();
    expect(await focusedId()).toBe('categories-new-label');
    await page.getByTestId('categories-new-label-0409').fill('宅基地纠纷');
    await page.getByTestId('categories-save-0409').click();
    await page.getByTestId('categories-row-0409').filter({ hasText: 'v2' }).filter({ hasText: '宅基地纠纷' }).waitFor();
    await screenshot(page, 'categories');
  });

  it('新增内容分类 on a phone: the problem under its control, the cursor in it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.goto(`${baseUrl}/admin/categories`);
    await page.getByTestId('categories-row-04').waitFor();
    await page.getByTestId('categories-add').click();
    await fieldError('code').filter({ hasText: '请填写分类代码' }).waitFor();
    expect(await focusedId()).toBe('categories-code');
    await screen('categories-add-invalid-phone');
  });

  it('a supervisor reads the org tree without the editing controls', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-org').click();
    await page.getByTestId('org-row-巨鹿镇').click();
    await page.getByTestId('org-detail-name').filter({ hasText: '巨鹿镇' }).waitFor();
    expect(await page.getByTestId('org-rename').count()).toBe(0);
    expect(await page.getByTestId('org-add').count()).toBe(0);
  });
});
