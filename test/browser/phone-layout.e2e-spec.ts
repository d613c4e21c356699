import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** A case in 巨鹿镇 and a hotspot in 巨鹿镇, so the officer's lists have rows to show as cards. */
async function seedTownshipRecords(): Promise<void> {
  const { baseUrl } = e2eEnv();
  const post = async (token: string, path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const reception = await login('reception');
  const units = (await (await fetch(`${baseUrl}/api/org-units`, { headers: { authorization: `Bearer ${reception}` } })).json()) as { id: string; name: string }[];
  const townshipId = units.find((u) => u.name === '巨鹿镇')?.id;
  const petitioner = await post(reception, '/api/petitioners', { name: '手机版测试', idType: 'RESIDENT_ID', mobile: '13912340017', townshipId });
  await post(reception, '/api/cases', {
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '03',
    title: '某建筑公司拖欠农民工工资长达半年未予结算',
    mainRequest: '请求督促公司结清拖欠的工资',
    townshipId,
    peopleCount: 1,
    petitioners: [{ petitionerId: petitioner['id'], role: 'PRIMARY' }],
  });
  const supervisor = await login('supervisor');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await post(supervisor, '/api/hotspots', {
    foundOn: today,
    foundBy: '县信访局',
    reportingOrg: '巨鹿镇',
    townshipId,
    categoryCode: '04',
    description: '北关村宅基地确权纠纷，村民酝酿集体访',
    mainDemand: '兑现土地补偿款',
    peopleInvolved: 20,
    groupType: '村民',
    possibleDirection: 'PROVINCE',
    riskLevel: 2,
    leaderInCharge: '李副县长',
    responsibleOrg: '巨鹿镇人民政府',
    responsiblePerson: '王干事',
    stabilityPerson: '赵干事',
    measuresResolve: '核实补偿标准，分批兑付',
    measuresStability: '包户稳控，每日见面',
    deadlineDays: 30,
  });
}

/** The page has drawn: no spinner, no running animation. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') && document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The drawer has slid out of sight (nz-drawer keeps its content in the page, off-screen, once closed). */
async function drawerClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const drawer = document.querySelector('[data-testid="shell-drawer"]');
    const box = drawer?.getBoundingClientRect();
    return !document.querySelector('.ant-drawer-open') && (!box || box.right <= 0 || box.width === 0);
  });
}

/** How far the document is wider than the screen (0: no sideways scroll). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements that stick out past the right edge, to name the culprit when the check fails. */
async function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`);
  });
}

async function height(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box.height;
}

/**
 * Issue 17: a township officer works on a phone. At 390×844 the menu is a drawer opened from the
 * header (it leaves when a page is chosen or the backdrop is tapped); tables read as cards;
 * buttons and menu items are thumb-sized. That no page of any role's menu scrolls sideways at 390
 * or 360 px, and that every table there is a card list, the page sweep checks (page-sweep.e2e-spec.ts).
 */
describe('phone layout for the township officer, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await seedTownshipRecords();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, hasTouch: true, isMobile: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await loginAs(page, baseUrl, 'township', demoPassword);
  });
  afterEach(async () => {
    await context.close();
  });

  /** The officer's menu as the drawer shows it: route and label of each item. */
  async function menu(): Promise<{ route: string; label: string; testId: string }[]> {
    await page.getByTestId('shell-menu-toggle').click();
    await page.getByTestId('shell-drawer').waitFor();
    await settled(page);
    const items = await page
      .getByTestId('shell-drawer')
      .locator('a[data-testid^="nav-"]')
      .evaluateAll((links) => links.map((a) => ({ route: a.getAttribute('href') ?? '', label: (a.textContent ?? '').trim(), testId: a.getAttribute('data-testid') ?? '' })));
    await page.locator('.ant-drawer-mask').click({ position: { x: PHONE.width - 20, y: PHONE.height / 2 } });
    await drawerClosed(page);
    return items;
  }

  it('Issue 17: the menu is a drawer from a header button that covers nothing; a chosen page or a backdrop tap closes it', async () => {
    expect(await page.locator('nz-sider').count()).toBe(0);
    const toggle = await page.getByTestId('shell-menu-toggle').boundingBox();
    const header = await page.locator('nz-header').boundingBox();
    const content = await page.locator('nz-content').boundingBox();
    if (!toggle || !header || !content) throw new Error('shell not drawn');
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(header.y + header.height);
    expect(content.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(content.width).toBeGreaterThanOrEqual(PHONE.width - 20);
    expect(toggle.width).toBeGreaterThanOrEqual(44);
    expect(toggle.height).toBeGreaterThanOrEqual(44);

    await page.getByTestId('shell-menu-toggle').click();
    await page.getByTestId('shell-drawer').waitFor();
    await settled(page);
    await screenshot(page, 'phone-menu-drawer');
    expect(await height(page, '[data-testid="shell-drawer"] .ant-menu-item')).toBeGreaterThanOrEqual(44);
    await page.getByTestId('shell-drawer').getByTestId('nav-cases').click();
    await page.waitForURL(/\/cases$/);
    await drawerClosed(page);
    expect(await page.getByTestId('cases-table').isVisible()).toBe(true);

    await page.getByTestId('shell-menu-toggle').click();
    await page.getByTestId('shell-drawer').waitFor();
    await page.locator('.ant-drawer-mask').click({ position: { x: PHONE.width - 20, y: PHONE.height / 2 } });
    await drawerClosed(page);
    expect(page.url()).toMatch(/\/cases$/);
  });

  it('Issue 17: 信访事项 rows are cards of 「label value」 lines; 隐患排查 shows its cards; 我的工作 hides the header', async () => {
    await page.goto(`${baseUrl}/cases`);
    const row = page.getByTestId('cases-table').locator('tbody tr.ant-table-row').filter({ hasText: '某建筑公司拖欠农民工工资' }).first();
    await row.waitFor();
    await settled(page);
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const labelled = await row.locator('td[data-label]').evaluateAll((cells) => cells.map((td) => [td.getAttribute('data-label'), getComputedStyle(td, '::before').content]));
    expect(labelled.map(([label]) => label)).toEqual(['信访件编号', '登记时间', '信访形式', '主题', '内容分类', '信访人', '问题属地', '状态']);
    for (const [label, before] of labelled) expect(before).toBe(`"${label}"`);
    const box = await row.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-cases-cards');
    // The case the card links to fits the phone too.
    await row.locator('a').first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByText('请求督促公司结清拖欠的工资').first().waitFor();
    await page.getByTestId('wf-clocks').locator('tbody tr.ant-table-row').first().waitFor();
    await settled(page);
    await screenshot(page, 'phone-390-case-detail');
    expect([await sidewaysOverflow(page), await widestElements(page)]).toEqual([0, []]);

    await page.goto(`${baseUrl}/hotspots`);
    await page.getByTestId('hotspot-cards').getByText('北关村宅基地确权纠纷，村民酝酿集体访', { exact: true }).waitFor();
    expect(await page.getByTestId('hotspot-table').isVisible()).toBe(false);

    await page.goto(`${baseUrl}/work`);
    await page.getByTestId('work-table').waitFor();
    await settled(page);
    expect(
      await page
        .getByTestId('work-table')
        .locator('thead')
        .evaluate((h) => getComputedStyle(h).display),
    ).toBe('none');
    // An empty list says so in one line, not under the first column's label.
    expect(await page.getByTestId('work-table').locator('td[data-label]').count()).toBe(0);
  });

  it('Issue 17: the main buttons, filters, links in cards and the header controls are at least 44 px', async () => {
    await page.goto(`${baseUrl}/work`);
    await page.getByTestId('work-refresh').waitFor();
    await settled(page);
    expect(await height(page, '[data-testid="work-refresh"]')).toBeGreaterThanOrEqual(44);
    expect(await height(page, '[data-testid="work-filter-ALL"]')).toBeGreaterThanOrEqual(44);
    for (const control of ['shell-logout', 'bell', 'shell-menu-toggle']) {
      const box = await page.getByTestId(control).boundingBox();
      expect([control, box && Math.min(box.width, box.height) >= 44]).toEqual([control, true]);
    }

    await page.goto(`${baseUrl}/cases`);
    const link = page.getByTestId('cases-table').locator('tbody tr.ant-table-row a').first();
    await link.waitFor();
    await settled(page);
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await height(page, '[data-testid="cases-search"]')).toBeGreaterThanOrEqual(44);

    await page.goto(`${baseUrl}/duty/today`);
    await page.getByTestId('breadcrumb').waitFor();
    await settled(page);
    const buttons = await page
      .locator('nz-content .ant-btn:visible')
      .evaluateAll((els) => els.map((b) => ({ text: (b.textContent ?? '').trim(), height: b.getBoundingClientRect().height })));
    expect(buttons.filter((b) => b.height < 44)).toEqual([]);
    const checks = await page
      .locator('nz-content .ant-checkbox-wrapper:visible, nz-content .ant-radio-wrapper:visible')
      .evaluateAll((els) => els.map((b) => b.getBoundingClientRect().height));
    expect(checks.filter((h) => h < 44)).toEqual([]);
  });

  it('Issue 17: every page of the officer’s menu, on a desktop too (screenshots), keeps the side menu there', async () => {
    const items = await menu();
    await page.setViewportSize(DESKTOP);
    await page.locator('nz-sider').waitFor();
    expect(await page.getByTestId('shell-menu-toggle').count()).toBe(0);
    for (const item of items) {
      await page.goto(`${baseUrl}${item.route}`);
      await page.getByTestId('breadcrumb').filter({ hasText: item.label }).waitFor();
      await settled(page);
      await screenshot(page, `desktop-1366-${item.testId}`);
      expect(await page.locator('.card-list thead').evaluateAll((heads) => heads.every((h) => getComputedStyle(h).display !== 'none'))).toBe(true);
    }
  }, 180_000);

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
