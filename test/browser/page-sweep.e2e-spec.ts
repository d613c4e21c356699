import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';
import { DESKTOP, layoutFor, PAGE_ROOT, PHONE, phoneFindings, rawTextFindings, renderedText, settled, shotPath, sweepAs, unlabelledControls } from './sweep-checks';

/** The page's content and the header above it (the phone menu's toggle, the bell, 退出登录). */
const SHELL_ROOT = `nz-header, ${PAGE_ROOT}`;

/** Every demo account, one per role (handlerhead shares the handler's menu). */
const ROLES = [
  { user: 'reception', role: 'RECEPTION' },
  { user: 'township', role: 'TOWNSHIP_OFFICER' },
  { user: 'handler', role: 'HANDLER' },
  { user: 'supervisor', role: 'SUPERVISOR' },
  { user: 'admin', role: 'ADMIN' },
] as const;

interface MenuItem {
  route: string;
  label: string;
  testId: string;
}

/** A page to sweep: a menu item, or a page below one (a case) reached by its route. */
interface SweptPage extends MenuItem {
  /** Waits until the page has its content (beyond the breadcrumb). */
  ready?: (page: Page) => Promise<void>;
}

/** The data a sweep needs so that lists have rows: a case kept in 巨鹿镇, one forwarded to 县人社局, a hotspot. */
async function seedRecords(): Promise<{ townshipCase: string; handlerCase: string }> {
  const { baseUrl } = e2eEnv();
  const call = async (token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const reception = await login('reception');
  const units = (await call(reception, 'GET', '/api/org-units')) as unknown as { id: string; name: string }[];
  const townshipId = units.find((u) => u.name === '巨鹿镇')?.id;
  const handlingUnitId = units.find((u) => u.name === '县人力资源和社会保障局')?.id;
  const petitioner = await call(reception, 'POST', '/api/petitioners', { name: '页面巡检', idType: 'RESIDENT_ID', mobile: '13912340717', townshipId });
  const register = async (title: string, mainRequest: string): Promise<string> => {
    const registered = await call(reception, 'POST', '/api/cases', {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '03',
      title,
      mainRequest,
      townshipId,
      peopleCount: 1,
      petitioners: [{ petitionerId: petitioner['id'], role: 'PRIMARY' }],
    });
    return (registered['case'] as { id: string }).id;
  };
  const townshipCase = await register('某建筑公司拖欠农民工工资长达半年未予结算', '请求督促公司结清拖欠的工资');
  const handlerCase = await register('反映用人单位未缴纳社会保险费', '请求督促用人单位补缴社会保险费');
  const { version } = await call(reception, 'GET', `/api/cases/${handlerCase}/workflow`);
  await call(reception, 'POST', `/api/cases/${handlerCase}/transitions`, { action: 'FORWARD', expectedVersion: version, handlingUnitId });

  const supervisor = await login('supervisor');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await call(supervisor, 'POST', '/api/hotspots', {
    foundOn: today,
    foundBy: '县信访局',
    reportingOrg: '巨鹿镇',
    townshipId,
    categoryCode: '04',
    description: '东关村灌溉机井使用纠纷，村民酝酿联名上访',
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
  return { townshipCase, handlerCase };
}

/**
 * Issue 17 (day-one usability): every page a role's menu offers, and the case page, at 1366×768 and
 * 390×844 (and 360 px for the sideways check). Each page is kept as a screenshot under
 * test-results/pages/<user>/<page>-<size>.png; it never scrolls sideways on a phone, shows no raw
 * code, id or English word (nor tells a screen reader one), every control has an accessible name,
 * its controls are ≥ 44 px on a phone, and it raises no script error.
 * The menu is read from the page itself, so a new menu item is swept without touching this file.
 */
describe('page sweep: every page of every role at desktop and phone size, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let browser: Browser;
  let cases: { townshipCase: string; handlerCase: string };

  beforeAll(async () => {
    cases = await seedRecords();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const { user, role } of ROLES) {
    it(`Issue 17: ${role} (${user}): each page fits 390 and 360 px, shows no raw text, has 44 px targets on a phone`, async () => {
      await sweepAs(browser, baseUrl, user, demoPassword, async (page) => {
        await page.locator('nz-sider').waitFor();
        const menu: MenuItem[] = await page
          .locator('nz-sider a[data-testid^="nav-"]')
          .evaluateAll((links) => links.map((a) => ({ route: a.getAttribute('href') ?? '', label: (a.textContent ?? '').trim(), testId: a.getAttribute('data-testid') ?? '' })));
        expect(menu.length).toBeGreaterThan(2);
        const caseId = role === 'HANDLER' ? cases.handlerCase : cases.townshipCase;
        const pages: SweptPage[] = [...menu, { route: `/cases/${caseId}`, label: '信访事项', testId: 'case-detail', ready: (p) => p.getByTestId('wf-state').waitFor() }];

        const findings: string[] = [];
        for (const item of pages) {
          const name = item.testId.replace(/^nav-/, '');
          for (const [size, viewport] of [
            ['1366', DESKTOP],
            ['390', PHONE],
          ] as const) {
            await page.setViewportSize(viewport);
            await page.goto(`${baseUrl}${item.route}`);
            await layoutFor(page, viewport.width);
            await page.getByTestId('breadcrumb').filter({ hasText: item.label }).waitFor();
            if (item.ready) await item.ready(page);
            await settled(page);
            await page.screenshot({ path: shotPath(user, name, size), fullPage: true });
            for (const raw of rawTextFindings(await renderedText(page))) findings.push(`${name} @${size}: ${raw}`);
            for (const control of await unlabelledControls(page, SHELL_ROOT)) findings.push(`${name} @${size}: unlabelled ${control}`);
            if (viewport === PHONE) findings.push(...(await phoneFindings(page, name, PAGE_ROOT, false)));
          }
        }
        return findings;
      });
    }, 480_000);
  }
});
