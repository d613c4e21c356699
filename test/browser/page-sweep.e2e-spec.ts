import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginAs } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const NARROW = { width: 360, height: 780 };
const PAGES_DIR = resolve(__dirname, '../../test-results/pages');

/** Every demo account, one per role (handlerhead shares the handler's menu). */
const ROLES = [
  { user: 'reception', role: 'RECEPTION' },
  { user: 'township', role: 'TOWNSHIP_OFFICER' },
  { user: 'handler', role: 'HANDLER' },
  { user: 'supervisor', role: 'SUPERVISOR' },
  { user: 'admin', role: 'ADMIN' },
] as const;

/**
 * Latin words a page may show. Kept tiny: each is a name a Chinese user reads as such, not an
 * untranslated word.
 * - Excel, Word, PDF, JPG, PNG: kinds of file, named as the files and their programs name them
 *   (导出 Excel; the case page's upload hint 支持 PDF、JPG、PNG、Word、Excel).
 * - GB: the prefix of a national standard's number (GB 11643, the resident ID standard).
 * Identifiers that are data, not words (a login name, a hotspot number such as YH2026-0001), are
 * marked translate="no" in the template and left out, as are key caps in <kbd> (Ctrl+Enter).
 */
const ALLOWED_WORDS = new Set(['Excel', 'Word', 'PDF', 'JPG', 'PNG', 'GB']);

/** What must never reach a user's screen (the same classes as apps/web/src/app/core/raw-codes.spec.ts). */
const RAW_PATTERNS: [string, RegExp][] = [
  ['enum code', /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_])/g],
  ['clock code', /(?<![A-Za-z0-9])D\d(?!\d)/g],
  ['snake_case', /(?<![A-Za-z0-9_])[a-z]+_[a-z_]+/g],
  ['UUID', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi],
  ['doc reference', /DOMAIN\.md/g],
];

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

/** Raw codes, ids and English words in a piece of rendered text. */
function rawTextFindings(text: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of RAW_PATTERNS) for (const m of text.matchAll(pattern)) found.push(`${kind}: ${m[0]}`);
  const withoutIds = text.replace(RAW_PATTERNS[3][1], ' ');
  for (const m of withoutIds.matchAll(/[A-Za-z]{2,}/g)) if (!ALLOWED_WORDS.has(m[0])) found.push(`English: ${m[0]}`);
  return [...new Set(found)];
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

/** The page has drawn: no spinner, no skeleton, no running animation. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') && document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The layout for this width is in place (the side menu on a desktop, the drawer toggle on a phone). */
async function layoutFor(page: Page, width: number): Promise<void> {
  await page
    .locator(width < 768 ? '[data-testid="shell-menu-toggle"]' : 'nz-sider')
    .first()
    .waitFor();
}

/**
 * How far the document is wider than the screen, and the elements sticking out. Charts and the card
 * lists follow a new width a frame or two later, so the page is given up to two seconds to fit.
 */
async function sidewaysOverflow(page: Page): Promise<string | null> {
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 2000 }).catch(() => undefined);
  return page.evaluate(() => {
    const width = window.innerWidth;
    const over = document.documentElement.scrollWidth - width;
    if (over <= 0) return null;
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(-4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return `+${over}px ${culprits.join(', ')}`;
  });
}

/**
 * The rendered text of the page: what a user reads, placeholders and titles included; identifiers
 * marked translate="no" and key caps (<kbd>) left out.
 */
async function renderedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = Array.from(document.querySelectorAll('nz-content [placeholder], nz-content [title]'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('title') ?? ''}`);
    let text = document.body.innerText;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[translate="no"], kbd'))) {
      const own = el.innerText.trim();
      if (own) text = text.replace(own, ' ');
    }
    return `${text}\n${attrs.join('\n')}`;
  });
}

/** Tables with a header row drawn as tables on a phone (not appCardList, or the header showing). */
async function plainTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('nz-content nz-table'))
      .filter((t) => t.getBoundingClientRect().width > 0 && t.querySelector('thead th'))
      .filter((t) => !t.classList.contains('card-list') || Array.from(t.querySelectorAll('thead')).some((h) => getComputedStyle(h).display !== 'none'))
      .map((t) => t.getAttribute('data-testid') ?? (t.querySelector('th') as HTMLElement | null)?.innerText ?? 'nz-table'),
  );
}

/** Buttons, tags and card titles whose text is wider than their box (cut off, or spilling out). */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('nz-content .ant-btn, nz-content .ant-card-head-title, nz-content .ant-tag'))
      .filter((el) => el.getBoundingClientRect().width > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `「${el.innerText.trim().slice(0, 20)}」${el.clientWidth}px < ${el.scrollWidth}px`),
  );
}

/**
 * Controls in the main content lower than 44 px: inputs (by their visible box: an affix wrapper,
 * a picker, a number input), selects, buttons, links, tabs, checkboxes and radios (by their label).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file])',
      'textarea',
      '.ant-select',
      'button',
      'a[href]',
      '.ant-tabs-tab',
      '.ant-checkbox-wrapper',
      '.ant-radio-wrapper',
      '.ant-radio-button-wrapper',
    ].join(',');
    const boxOf = (el: Element): Element =>
      el.closest(
        '.ant-input-affix-wrapper, .ant-input-number, .ant-picker, .ant-select, .ant-input-group-wrapper, .ant-checkbox-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper',
      ) ?? el;
    const seen = new Set<Element>();
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll(`nz-content ${selector.split(',').join(', nz-content ')}`))) {
      const box = boxOf(el);
      if (seen.has(box)) continue;
      seen.add(box);
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(box);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || box.closest('[aria-hidden="true"], .ant-table-measure-now')) continue;
      if (r.height < 43.5) {
        const text = ((box as HTMLElement).innerText || box.getAttribute('placeholder') || box.getAttribute('aria-label') || '').trim().slice(0, 20);
        small.push(`${box.tagName.toLowerCase()}.${String(box.className).split(' ')[0]}「${text}」${Math.round(r.height)}px`);
      }
    }
    return small;
  });
}

function shotPath(user: string, name: string, size: string): string {
  const dir = join(PAGES_DIR, user);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}-${size}.png`);
}

/**
 * Issue 17 (day-one usability): every page a role's menu offers, and the case page, at 1366×768 and
 * 390×844 (and 360 px for the sideways check). Each page is kept as a screenshot under
 * test-results/pages/<user>/<page>-<size>.png; it never scrolls sideways on a phone, shows no raw
 * code, id or English word, its controls are ≥ 44 px on a phone, and it raises no script error.
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
      const context: BrowserContext = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      try {
        await loginAs(page, baseUrl, user, demoPassword);
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
            if (viewport === PHONE) {
              const overflow = await sidewaysOverflow(page);
              if (overflow) findings.push(`${name} @390: scrolls sideways ${overflow}`);
              for (const small of await smallTargets(page)) findings.push(`${name} @390: small target ${small}`);
              for (const table of await plainTables(page)) findings.push(`${name} @390: table not shown as cards: ${table}`);
              for (const clipped of await clippedText(page)) findings.push(`${name} @390: text cut off ${clipped}`);
              await page.setViewportSize(NARROW);
              await layoutFor(page, NARROW.width);
              await settled(page);
              const narrow = await sidewaysOverflow(page);
              if (narrow) findings.push(`${name} @360: scrolls sideways ${narrow}`);
            }
          }
        }
        expect([...findings, ...pageErrors.map((e) => `script error: ${e}`)]).toEqual([]);
      } finally {
        await context.close();
      }
    }, 480_000);
  }
});
