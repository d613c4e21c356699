import type { IndicatorDashboard, TownshipComparison } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { waitUntil } from '../faults/support/wait';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const MONTH = chinaDate(new Date()).slice(0, 7);
const TOWNSHIP = '巨鹿镇';

async function api<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${e2eEnv().baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A letter case in 巨鹿镇 and one visit of two people on it, registered through the API; returns the case number. */
async function registerVisit(): Promise<string> {
  const token = await login('reception');
  const units = await api<{ id: string; name: string }[]>(token, 'GET', '/api/org-units');
  const townshipId = units.find((u) => u.name === TOWNSHIP)?.id;
  const petitioner = await api<{ id: string }>(token, 'POST', '/api/petitioners', { name: '看板测试', idType: 'OTHER', townshipId });
  const registered = await api<{ case: { id: string; caseNo: string } }>(token, 'POST', '/api/cases', {
    channel: 'LETTER',
    receivedOn: chinaDate(new Date()),
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '03',
    title: '反映村道损坏影响出行',
    mainRequest: '请求修缮村道',
    townshipId,
    peopleCount: 2,
    petitioners: [{ petitionerId: petitioner.id, role: 'PRIMARY' }],
  });
  const started = new Date(Date.now() - 60_000);
  await api(token, 'POST', '/api/visits', {
    caseId: registered.case.id,
    arrivalAt: new Date(started.getTime() - 10 * 60_000).toISOString(),
    receptionStartedAt: started.toISOString(),
    personCount: 2,
    representativeIds: [],
  });
  return registered.case.caseNo;
}

/** Asks for a recomputation as ADMIN and waits until the worker has counted the visit for the county and for 巨鹿镇. */
async function recomputeAndWait(): Promise<void> {
  const admin = await login('admin');
  await api(admin, 'POST', '/api/indicators/recompute', { period: MONTH });
  await waitUntil(
    'the worker to count the visit for the county and for 巨鹿镇 (VISIT_BATCHES)',
    async () => {
      const dashboard = await api<IndicatorDashboard>(admin, 'GET', `/api/indicators/dashboard?period=${MONTH}`);
      const comparison = await api<TownshipComparison>(admin, 'GET', `/api/indicators/VISIT_BATCHES/townships?period=${MONTH}`);
      const county = dashboard.cards.find((c) => c.code === 'VISIT_BATCHES')?.snapshot;
      const township = comparison.rows.find((r) => r.orgUnitName === TOWNSHIP)?.snapshot;
      return county && county.numerator >= 1 && township && township.numerator >= 1;
    },
    45_000,
    250,
  );
  // …and has nothing left to do for the month: a batch still to come would announce itself to the
  // open dashboard, whose refetch redraws the chart under the test's click.
  const db = new Client({ connectionString: e2eEnv().databaseUrl });
  await db.connect();
  try {
    // The registration's events have reached their consumers (the indicator marker among them)…
    await waitUntil(
      'every outbox event to be delivered',
      async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_event WHERE delivered_at IS NULL')).rows[0].n === 0,
      45_000,
      250,
    );
    // …and whatever they marked has been recomputed.
    await waitUntil(
      'the month to have no indicator recomputation pending',
      async () => {
        const pending = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM indicator_dirty WHERE period_key = $1', [MONTH]);
        return pending.rows[0].n === 0;
      },
      45_000,
      250,
    );
  } finally {
    await db.end();
  }
}

/** The centre of a township's bar in the SVG bar chart: the filled shape level with its axis label. */
async function barCentre(page: Page, township: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction((name) => {
    const svg = document.querySelector('[data-testid="comparison-chart"] svg');
    const label = Array.from(svg?.querySelectorAll('text') ?? []).find((t) => t.textContent?.trim() === name);
    if (!svg || !label) return null;
    const l = label.getBoundingClientRect();
    const y = l.top + l.height / 2;
    const bar = Array.from(svg.querySelectorAll('path'))
      .filter((p) => !['none', 'transparent', null].includes(p.getAttribute('fill')))
      .map((p) => p.getBoundingClientRect())
      .find((r) => r.left >= l.right - 1 && r.top <= y && r.bottom >= y && r.height < 40 && r.width >= 2);
    if (!bar) return null;
    // ECharts animates its bars with its own frames (not Web Animations): take the position only once
    // the bar has kept the same box for three polls in a row.
    const key = `${bar.left},${bar.top},${bar.width},${bar.height}`;
    const w = window as unknown as { juluBarKey?: string; juluBarSame?: number };
    w.juluBarSame = w.juluBarKey === key ? (w.juluBarSame ?? 0) + 1 : 0;
    w.juluBarKey = key;
    return w.juluBarSame >= 3 ? { x: bar.left + Math.min(bar.width / 2, 20), y } : null;
  }, township);
  return (await handle.jsonValue()) as { x: number; y: number };
}

/**
 * Clicks a township's bar until the click lands on the records page: a live update may redraw the
 * chart between measuring and clicking, and then the bar is measured again.
 */
async function clickBar(page: Page, township: string, records: RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const bar = await barCentre(page, township);
    await page.mouse.click(bar.x, bar.y);
    try {
      await page.waitForURL(records, { timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * The supervisor's morning: 指标看板 leads their menu; the 来访接待批次 card counts the visit just
 * registered, the comparison across townships shows 巨鹿镇's bar, and clicking it opens the records
 * behind that figure, which list the visit's case.
 */
describe('指标看板, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  let caseNo = '';
  usePagePerTest((p) => (page = p), { width: 1440, height: 1000 });

  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };

  beforeAll(async () => {
    caseNo = await registerVisit();
    await recomputeAndWait();
  }, 90_000);

  it('the supervisor opens the dashboard, selects 来访接待批次, clicks 巨鹿镇’s bar and lands on the records behind it', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    const menu = await page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(menu[0]).toBe('nav-dashboard');
    await page.getByTestId('nav-dashboard').click();

    const card = page.getByTestId('kpi-VISIT_BATCHES');
    await card.waitFor();
    await card.click();
    await page.getByTestId('comparison-card').getByText('来访接待批次 · 各乡镇对比').waitFor();
    expect(Number.parseInt(await page.getByTestId('kpi-value-VISIT_BATCHES').innerText(), 10)).toBeGreaterThanOrEqual(1);
    expect(await card.getAttribute('aria-pressed')).toBe('true');
    // A month's count is shown, not judged: its target (≥ 200 批次) is the county's for a year.
    expect(await card.getAttribute('data-status')).toBe('UNRATED');
    expect(await page.getByTestId('dashboard-updated').innerText()).toMatch(/更新于\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    // The definition shows on hover.
    await page.getByTestId('kpi-info-VISIT_BATCHES').hover();
    await page.locator('.ant-popover').getByText('计算公式').waitFor();
    await page.mouse.move(0, 0);
    await page.locator('.ant-popover').waitFor({ state: 'hidden' });

    // The same figures as a table, then back to the chart.
    await page.getByTestId('comparison-view-table').click();
    const row = page.getByTestId(`comparison-row-${TOWNSHIP}`);
    await row.waitFor();
    await page.getByTestId('comparison-view').getByText('图表').click();
    await barCentre(page, TOWNSHIP);
    await settled('dashboard-supervisor');

    await clickBar(page, TOWNSHIP, /\/dashboard\/VISIT_BATCHES\/records\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('period')).toBe(MONTH);
    await page.getByTestId('records-header').getByText(`来访接待批次 · ${TOWNSHIP}`).waitFor();
    const record = page.getByTestId('records-table').locator('tr', { hasText: caseNo });
    await record.waitFor();
    expect(await record.innerText()).toContain('来访一批（2 人）');
    expect(await page.getByTestId('records-fraction').innerText()).toMatch(/分子 \d+ \/ 分母 \d+/);
    await settled('dashboard-records');

    // The record opens its case.
    await record.getByRole('link').click();
    await page.waitForURL(/\/cases\//);
  });

  it('the county figure opens its records (查看明细), and a rate chart shows its target clear of the axis labels', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('kpi-VISIT_BATCHES').click();
    const link = page.getByTestId('dashboard-unit-records');
    await link.waitFor();
    expect(await link.innerText()).toBe('查看明细');
    await link.click();
    await page.waitForURL(/\/dashboard\/VISIT_BATCHES\/records\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('period')).toBe(MONTH);
    expect(url.searchParams.get('unitId')).toBeTruthy();
    await page.getByTestId('records-header').filter({ hasText: '来访接待批次' }).waitFor();
    await page.getByTestId('records-table').locator('tr', { hasText: caseNo }).waitFor();

    await page.goBack();
    await page.getByTestId('kpi-DIVERSION_RATE').click();
    // The target text sits above the plot: its box meets no axis label.
    const overlaps = await page.waitForFunction(() => {
      const svg = document.querySelector('[data-testid="comparison-chart"] svg');
      const texts = Array.from(svg?.querySelectorAll('text') ?? []);
      const target = texts.find((t) => t.textContent?.includes('目标'));
      const hundred = texts.find((t) => t.textContent?.trim() === '100%');
      if (!target || !hundred) return null;
      const [a, b] = [target.getBoundingClientRect(), hundred.getBoundingClientRect()];
      return { overlap: a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom };
    });
    expect(await overlaps.jsonValue()).toEqual({ overlap: false });
    await settled('dashboard-rate-target');
  });

  it('a township officer sees only their own township, the unit fixed', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-scope').getByText(TOWNSHIP).waitFor();
    await page.getByTestId('kpi-VISIT_BATCHES').click();
    await page.getByTestId('comparison-view-table').click();
    await page.getByTestId(`comparison-row-${TOWNSHIP}`).waitFor();
    expect(await page.getByTestId('comparison-table').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('dashboard-unit').getAttribute('class')).toContain('ant-select-disabled');
    expect(await page.getByTestId('dashboard-recompute').count()).toBe(0);
    await settled('dashboard-township');
  });

  it('an administrator asks for a recomputation and is told the figures will refresh', async () => {
    await loginAs(page, baseUrl, 'admin', demoPassword);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('kpi-VISIT_BATCHES').waitFor();
    await page.getByTestId('dashboard-recompute').click();
    await page
      .locator('.ant-message')
      .getByText(/已提交重新计算（\d+ 项）/)
      .waitFor();
  });
});
