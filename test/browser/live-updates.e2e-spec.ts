import { chinaDate } from '@julu/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const TOWNSHIP = '巨鹿镇';
const HANDLER_UNIT = '县人力资源和社会保障局';
/** Pushed updates (notification written in the request, a case event through the outbox relay) are seen within 2 s. */
const PUSH_MS = 2_000;
/**
 * A figure of a case is updated by the case's own event, without a debounce (issue 19 point 2: the
 * contribution ledger): the relay's poll (OUTBOX_POLL_INTERVAL_MS, 500 ms), the delta in the event's
 * transaction, then the same push as any other. Issue 17: visible on another user's dashboard within 2 s.
 */
const FIGURE_MS = PUSH_MS;

async function api<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${e2eEnv().baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Reception registers a letter case in 巨鹿镇 through the API; returns its id and number. */
async function registerCase(token: string, title: string): Promise<{ id: string; caseNo: string }> {
  const units = await api<{ id: string; name: string }[]>(token, 'GET', '/api/org-units');
  const townshipId = units.find((u) => u.name === TOWNSHIP)?.id;
  const petitioner = await api<{ id: string }>(token, 'POST', '/api/petitioners', { name: '实时测试', idType: 'OTHER', townshipId });
  const registered = await api<{ case: { id: string; caseNo: string } }>(token, 'POST', '/api/cases', {
    channel: 'LETTER',
    receivedOn: chinaDate(new Date()),
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '03',
    title,
    mainRequest: '请求尽快处理',
    townshipId,
    peopleCount: 1,
    petitioners: [{ petitionerId: petitioner.id, role: 'PRIMARY' }],
  });
  return registered.case;
}

/** A number shown on the page (the figure of a KPI card, the bell's unread count). */
const numberOf = async (page: Page, selector: string, attribute?: string): Promise<number> =>
  page.evaluate(
    ([sel, attr]) => {
      const el = document.querySelector(sel);
      const text = (attr ? el?.getAttribute(attr) : el?.textContent) ?? '';
      return Number.parseInt(text.replace(/[^\d-]/g, ''), 10) || 0;
    },
    [selector, attribute ?? ''] as const,
  );

/** Marks the document, so a later check proves the page was never reloaded. */
const markDocument = (page: Page): Promise<void> => page.evaluate(() => void ((window as unknown as { liveMark: number }).liveMark = 1));
const stillSameDocument = (page: Page): Promise<boolean> => page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark === 1);

/**
 * Two users at once, each in their own browser context: what one does through the API shows on the
 * other's open page without a reload — the supervisor's 指标看板 figure, and the handler's bell and
 * 我的工作 — pushed by the live stream, not by the 30/60-second polls (which would be far slower).
 */
describe('live updates across users, in headless Chromium (issue 17)', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** A logged-in page of its own context, and the moment its live stream was answered (200: open). */
  const pageFor = async (user: string): Promise<{ page: Page; opened: Promise<unknown> }> => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    const opened = page.waitForResponse((r) => r.url().endsWith('/api/live/stream') && r.status() === 200);
    await loginAs(page, baseUrl, user, demoPassword);
    return { page, opened };
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser.close();
  });

  it("a case registered by reception shows on the supervisor's open dashboard without a reload", async () => {
    const { page, opened } = await pageFor('supervisor');
    await page.getByTestId('nav-dashboard').click();
    const value = '[data-testid="kpi-value-VISIT_BATCHES"]';
    await page.locator(value).waitFor();
    await opened;
    const before = await numberOf(page, value);
    await markDocument(page);

    const reception = await login('reception');
    const registered = await registerCase(reception, '反映村里路灯损坏');
    const started = new Date(Date.now() - 60_000);
    await api(reception, 'POST', '/api/visits', {
      caseId: registered.id,
      arrivalAt: new Date(started.getTime() - 5 * 60_000).toISOString(),
      receptionStartedAt: started.toISOString(),
      personCount: 1,
      representativeIds: [],
    });
    const changedAt = Date.now();

    await page.waitForFunction(([sel, n]) => (Number.parseInt((document.querySelector(sel)?.textContent ?? '').replace(/[^\d-]/g, ''), 10) || 0) > n, [value, before] as const, {
      timeout: FIGURE_MS,
    });
    const took = Date.now() - changedAt;
    expect(took).toBeLessThanOrEqual(FIGURE_MS);
    expect(await stillSameDocument(page)).toBe(true);
    await screenshot(page, 'live-dashboard-updated');
    process.stdout.write(`live-updates: dashboard figure changed ${took} ms after the visit was registered\n`);
  });

  it("a case forwarded to 县人社局 rings the handler's bell and appears in 我的工作 within 2 s, without a reload", async () => {
    const { page, opened } = await pageFor('handler');
    await page.getByTestId('nav-work').click();
    await page.getByTestId('work-refresh').waitFor();
    await opened;
    const unreadBefore = await numberOf(page, '[data-testid="bell"]', 'data-unread');
    await markDocument(page);

    const reception = await login('reception');
    const registered = await registerCase(reception, '反映用人单位未缴社保');
    const units = await api<{ id: string; name: string }[]>(reception, 'GET', '/api/org-units');
    const handlingUnitId = units.find((u) => u.name === HANDLER_UNIT)?.id;
    const { version } = await api<{ version: number }>(reception, 'GET', `/api/cases/${registered.id}/workflow`);
    await api(reception, 'POST', `/api/cases/${registered.id}/transitions`, { action: 'FORWARD', expectedVersion: version, handlingUnitId });
    const changedAt = Date.now();

    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="bell"]')?.getAttribute('data-unread')) > n, unreadBefore, { timeout: PUSH_MS });
    const bellAfter = Date.now() - changedAt;
    await page.getByTestId(`work-row-${registered.caseNo}`).waitFor({ timeout: Math.max(1, PUSH_MS - (Date.now() - changedAt)) });
    const workAfter = Date.now() - changedAt;
    expect(bellAfter).toBeLessThanOrEqual(PUSH_MS);
    expect(workAfter).toBeLessThanOrEqual(PUSH_MS);
    expect(await stillSameDocument(page)).toBe(true);
    await screenshot(page, 'live-work-updated');
    process.stdout.write(`live-updates: bell after ${bellAfter} ms, 我的工作 after ${workAfter} ms\n`);
  });
});
