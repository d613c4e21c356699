import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { rawTextFindings, renderedText, unlabelledControls } from './sweep-checks';

/**
 * The accessibility checks of the sweeps, on markup as ng-zorro 21 renders it (no system needed):
 * each unnamed or English-named control is reported, and the named ones are not.
 */
const PAGE = `
<main>
  <label for="named">名称</label><input id="named" data-testid="named">
  <input placeholder="关键词" data-testid="placeholder-only">
  <nz-select data-testid="select-host-label" aria-label="分流去向"><input class="ant-select-selection-search-input"></nz-select>
  <nz-select data-testid="select-input-label"><input class="ant-select-selection-search-input" aria-label="分流去向"></nz-select>
  <label class="ant-checkbox-wrapper" data-testid="checkbox-host"><span class="ant-checkbox"><input type="checkbox"></span><span>显示已撤销的单位</span></label>
  <span class="ant-checkbox-wrapper" data-testid="checkbox-span-host"><span class="ant-checkbox"><input type="checkbox"></span><span>显示已撤销的单位</span></span>
  <button data-testid="icon-named"><span class="anticon" role="img" aria-label="plus"></span>新增</button>
  <button data-testid="icon-hidden"><span class="anticon" role="img" aria-label="plus" aria-hidden="true"></span>新增</button>
  <button aria-label="Close" data-testid="close-english"></button>
  <button data-testid="icon-only"><span class="anticon" role="img" aria-label="close" aria-hidden="true"></span></button>
  <nz-radio-group class="ant-radio-group" data-testid="group-unnamed"><label class="ant-radio-wrapper"><input type="radio" name="a">是</label></nz-radio-group>
  <nz-radio-group class="ant-radio-group" role="radiogroup" aria-label="是否自愿返回" data-testid="group-named"><label class="ant-radio-wrapper"><input type="radio" name="b">是</label></nz-radio-group>
</main>`;

describe('sweep checks: controls without an accessible name, English for screen readers', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(PAGE);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('Issue 17: reports each control a screen reader cannot name, and only those', async () => {
    const found = await unlabelledControls(page, 'main');
    const of = (testId: string): string[] => found.filter((f) => f.startsWith(`[data-testid="${testId}"] `));
    expect(of('named')).toEqual([]);
    expect(of('placeholder-only')).toEqual(['[data-testid="placeholder-only"] input: named only by its placeholder 「关键词」']);
    expect(of('select-host-label')).toEqual(['[data-testid="select-host-label"] input.ant-select-selection-search-input: no accessible name']);
    expect(of('select-input-label')).toEqual([]);
    expect(of('checkbox-host')).toEqual([]);
    expect(of('checkbox-span-host')).toEqual(['[data-testid="checkbox-span-host"] input[type=checkbox]: no accessible name']);
    expect(of('icon-named')).toEqual(['[data-testid="icon-named"] button: named 「plus 新增」 (English: plus)']);
    expect(of('icon-hidden')).toEqual([]);
    expect(of('close-english')).toEqual(['[data-testid="close-english"] button: named 「Close」 (English: Close)']);
    expect(of('icon-only')).toEqual(['[data-testid="icon-only"] button: no accessible name']);
    expect(of('group-unnamed')).toEqual(['[data-testid="group-unnamed"] nz-radio-group.ant-radio-group: a radio group without role="radiogroup"']);
    expect(of('group-named')).toEqual([]);
    expect(await page.locator('[data-sweep-probe]').count()).toBe(0);
  });

  it('Issue 17: reads aria-label as rendered text, leaving out what is hidden from screen readers', async () => {
    const findings = rawTextFindings(await renderedText(page, 'main'));
    expect(findings).toEqual(expect.arrayContaining(['English: plus', 'English: Close']));
    const hidden = rawTextFindings(await renderedText(page, '[data-testid="icon-hidden"]'));
    expect(hidden).not.toContain('English: plus');
  });
});
