import { addDays, chinaDate } from '@julu/domain';
import type { Page } from 'playwright-core';
import { loginAs, pickDate, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
// Before or after the day's due time (16:30), whenever the test runs.
const NOT_YET_FILED = /^今日(尚未报送|未报送，已过截止时间)（截止 16:30）$/;
const ZERO_FILED = /^零报告已报送(（迟报）)?：赵干事（巨鹿镇） \d\d:\d\d 报送$/;

/**
 * A township officer on 我的值班, on a desktop and on a phone: the roster the bureau published puts
 * them on a 24-hour shift that began ten minutes ago (so the test means the same at any time of
 * day); they check in on it, while the next day's shift shows its date and no 签到; the day's 零报告
 * needs a confirmation, is read back after a reload, and can be withdrawn (撤销). A one-person
 * township generates its roster with 每班值班人数 1. Then days off duty and a 替班 request.
 */
describe('我的值班 in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), DESKTOP);

  const api = async (token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  };
  const today = chinaDate(new Date());
  // The current shift began 10 minutes ago (well before the sweep would mark anyone 缺岗, 30 minutes
  // after the start); the next one begins in about 24 hours, far outside its check-in hour.
  const start = Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000;
  const firstDate = chinaDate(new Date(start));
  const nextDate = addDays(firstDate, 1);
  const dayStart = new Date(start + 8 * 3600_000).toISOString().slice(11, 16);

  const openToday = async (viewport: { width: number; height: number }): Promise<void> => {
    await page.setViewportSize(viewport);
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/duty/today`);
    await page.getByTestId('duty-report-state').waitFor();
  };
  const noHorizontalScroll = async (width: number): Promise<void> => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  };

  beforeAll(async () => {
    const admin = await login('admin');
    const me = await api(await login('township'), 'GET', '/api/auth/me');
    const roster = await api(admin, 'POST', '/api/duty/rosters', {
      unitId: me.body['orgUnitId'],
      dateFrom: firstDate,
      dateTo: addDays(firstDate, 2),
      pattern: 'H24',
      dayStart,
      leaderIds: [me.body['id']],
      staffIds: [],
      staffPerShift: 0,
      dutyPhone: '0319-4321000',
    });
    if (roster.status !== 201) throw new Error(`roster: ${roster.status} ${JSON.stringify(roster.body)}`);
    const published = await api(admin, 'POST', `/api/duty/rosters/${String(roster.body['id'])}/publish`);
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  });

  it('checks in on the running shift; the next day’s shift shows its date and no 签到 (1366×768)', async () => {
    await openToday(DESKTOP);
    const current = page.locator(`[data-testid="duty-shift"][data-date="${firstDate}"]`);
    const next = page.locator(`[data-testid="duty-shift"][data-date="${nextDate}"]`);
    await next.waitFor();
    expect(await next.innerText()).toContain(nextDate);
    expect(await next.getByTestId('duty-check-in').count()).toBe(0);
    expect(await next.getByTestId('duty-check-in-later').innerText()).toContain('未到签到时间');
    await screenshot(page, 'duty-desktop-before-check-in');

    await current.getByTestId('duty-check-in').click();
    await current.getByTestId('duty-checked-in').waitFor();
    expect(await current.getByTestId('duty-shift-status').innerText()).toBe('在岗');
    expect(await current.getByTestId('duty-checked-in').innerText()).toContain('赵干事（巨鹿镇）');
    expect(await next.getByTestId('duty-check-in').count()).toBe(0);
    // The API refuses the next day's shift too, whatever a page shows.
    const shifts = await api(await login('township'), 'GET', '/api/duty/shifts/current');
    const nextShift = (shifts.body as unknown as { id: string; date: string }[]).find((s) => s.date === nextDate);
    const early = await api(await login('township'), 'POST', `/api/duty/shifts/${nextShift?.id}/check-in`);
    expect(early.status).toBe(409);
    await screenshot(page, 'duty-desktop-checked-in');
  });

  it('marks the 日报, 零报告 and 替班 problems under their controls and puts the cursor there (1366×768, 390×844)', async () => {
    await openToday(DESKTOP);
    const card = page.getByTestId('duty-report-card');
    const tip = (field: string) => page.locator(`[data-field="${field}"] .ant-form-item-explain-error`);
    const focused = (selector: string) => page.waitForFunction((s) => document.activeElement?.closest(s) !== null, selector);
    await card.getByTestId('duty-daily-report').click();
    await tip('content').filter({ hasText: '请填写日报内容' }).waitFor();
    await focused('#duty-report-content');
    // 有异常情况 and a 零报告 contradict each other: the box is marked, nothing is filed.
    await card.getByTestId('duty-report-abnormal').click();
    await card.getByTestId('duty-zero-report').click();
    await page.locator('.ant-popover').filter({ hasText: '确认报送今日零报告' }).getByRole('button', { name: '确认报送' }).click();
    await tip('hasAbnormal').filter({ hasText: '零报告表示今日无异常情况' }).waitFor();
    await focused('[data-testid="duty-report-abnormal"]');
    expect((await api(await login('township'), 'GET', `/api/duty/reports/day?date=${today}`)).body['report']).toBeNull();
    await page.setViewportSize(PHONE);
    await card.getByTestId('duty-daily-report').click();
    await tip('content').filter({ hasText: '请在日报内容中写明异常情况' }).waitFor();
    await focused('#duty-report-content');
    await screenshot(page, 'duty-phone-daily-report-errors');
    const swap = page.getByTestId('duty-swap');
    await swap.getByTestId('swap-submit').click();
    await tip('shiftId').filter({ hasText: '请选择要调换的班次' }).waitFor();
    await tip('reason').waitFor();
    await focused('#swap-shift');
    await noHorizontalScroll(PHONE.width);
    await screenshot(page, 'duty-phone-swap-errors');
    const off = page.getByTestId('duty-unavailability');
    await off.getByTestId('unavailable-submit').click();
    const offTip = (field: string) => off.locator(`[data-field="${field}"] .ant-form-item-explain-error`);
    await offTip('from').filter({ hasText: '请选择开始日期' }).waitFor();
    await offTip('reason').filter({ hasText: '请填写不能值班的原因' }).waitFor();
    await focused('#unavailable-from-input');
  });

  it('asks before filing a 零报告, reads it back after a reload, and withdraws it (390×844)', async () => {
    await openToday(PHONE);
    const card = page.getByTestId('duty-report-card');
    expect(await page.getByTestId('duty-report-state').innerText()).toMatch(NOT_YET_FILED);

    await card.getByTestId('duty-zero-report').click();
    const confirm = page.locator('.ant-popover').filter({ hasText: '确认报送今日零报告' });
    await confirm.waitFor();
    await screenshot(page, 'duty-phone-zero-report-confirm');
    await confirm.getByRole('button', { name: '取消' }).click();
    const township = await login('township');
    expect((await api(township, 'GET', `/api/duty/reports/day?date=${today}`)).body['report']).toBeNull();

    await card.getByTestId('duty-zero-report').click();
    await page.locator('.ant-popover').filter({ hasText: '确认报送今日零报告' }).getByRole('button', { name: '确认报送' }).click();
    await card.getByTestId('duty-report-done').waitFor();
    expect(await page.getByTestId('duty-report-state').innerText()).toMatch(ZERO_FILED);
    expect(await card.getByTestId('duty-report-undo').innerText()).toContain('还可撤销');

    await page.reload();
    await page.getByTestId('duty-report-state').waitFor();
    expect(await page.getByTestId('duty-report-state').innerText()).toMatch(ZERO_FILED);
    expect(await card.getByTestId('duty-zero-report').count()).toBe(0);
    expect(await card.getByTestId('duty-daily-report').count()).toBe(0);
    expect(await page.getByTestId('duty-filed-report').filter({ hasText: today }).innerText()).toContain('零报告');
    await noHorizontalScroll(PHONE.width);
    await screenshot(page, 'duty-phone-zero-report-after-reload');

    await card.getByTestId('duty-report-undo').click();
    await card.getByTestId('duty-zero-report').waitFor();
    expect(await page.getByTestId('duty-report-state').innerText()).toMatch(NOT_YET_FILED);
    // The filed list reloads after the card: wait for it rather than read it mid-request.
    await page.getByTestId('duty-filed-report').filter({ hasText: today }).waitFor({ state: 'detached' });
    expect((await api(township, 'GET', `/api/duty/reports/day?date=${today}`)).body['report']).toBeNull();
    await screenshot(page, 'duty-phone-zero-report-withdrawn');

    // Filed again after the 撤销 (a new attempt, not a replay of the withdrawn one), it stands.
    await card.getByTestId('duty-zero-report').click();
    await page.locator('.ant-popover').filter({ hasText: '确认报送今日零报告' }).getByRole('button', { name: '确认报送' }).click();
    await card.getByTestId('duty-report-done').waitFor();
    const day = await api(township, 'GET', `/api/duty/reports/day?date=${today}`);
    expect(day.body['report']).toEqual(expect.objectContaining({ type: 'ZERO' }));
  });

  it('generates a one-person township’s roster with 每班值班人数 1 (1366×768)', async () => {
    await page.setViewportSize(DESKTOP);
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/duty/rosters`);
    const people = page.getByTestId('roster-people-per-shift');
    await page.getByTestId('roster-leaders').filter({ hasText: '赵干事（巨鹿镇）' }).waitFor();
    expect(await people.inputValue()).toBe('1');
    await pickDate(page.getByTestId('roster-from'), addDays(today, 40));
    await pickDate(page.getByTestId('roster-to'), addDays(today, 46));
    await page.getByTestId('roster-generate').click();
    await page
      .locator('nz-table tr')
      .filter({ hasText: addDays(today, 40) })
      .waitFor();
    expect(await page.getByTestId('roster-generate-error').count()).toBe(0);
    // A problem is shown under the control to fix, with the cursor in it, not at the top of the page.
    await people.fill('2');
    await page.getByTestId('roster-generate').click();
    const error = page.locator('[data-field="staffIds"] .ant-form-item-explain-error');
    await error.filter({ hasText: '值班人员只选了 0 人' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'roster-staff');
    await screenshot(page, 'duty-rosters-one-person-township');
    await people.fill('1');
    await pickDate(page.getByTestId('roster-to'), addDays(today, 39));
    await page.setViewportSize(PHONE);
    await page.getByTestId('roster-generate').click();
    await page.locator('[data-field="dateTo"] .ant-form-item-explain-error').filter({ hasText: '结束日期不能早于开始日期' }).waitFor();
    expect(await error.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.id === 'roster-to-input');
    await screenshot(page, 'duty-rosters-form-errors-390');
  });

  it('declares days off duty and requests a 替班 for tomorrow’s shift (390×844)', async () => {
    const admin = await login('admin');
    const me = await api(await login('township'), 'GET', '/api/auth/me');
    const suffix = Math.random().toString(36).slice(2, 8);
    const colleague = await api(admin, 'POST', '/api/users', {
      username: `dutymate-${suffix}`,
      password: `Mate-duty-2026-${suffix}x`,
      displayName: '钱干事（巨鹿镇）',
      role: 'TOWNSHIP_OFFICER',
      orgUnitId: me.body['orgUnitId'],
    });
    expect(colleague.status).toBe(201);

    await openToday(PHONE);
    const off = page.getByTestId('duty-unavailability');
    await pickDate(off.getByTestId('unavailable-from'), addDays(today, 20));
    await pickDate(off.getByTestId('unavailable-to'), addDays(today, 22));
    await off.getByTestId('unavailable-reason').fill('外出参加培训');
    await off.getByTestId('unavailable-submit').click();
    const declared = off.getByTestId('unavailable-item').filter({ hasText: '外出参加培训' });
    await declared.waitFor();
    expect(await declared.innerText()).toContain(`${addDays(today, 20)} 至 ${addDays(today, 22)}`);

    const swap = page.getByTestId('duty-swap');
    await swap.getByTestId('swap-shift').click();
    await page
      .locator('nz-option-item')
      .filter({ hasText: addDays(today, 1) })
      .first()
      .click();
    await swap.getByTestId('swap-colleague').click();
    await page.locator('nz-option-item').filter({ hasText: '钱干事（巨鹿镇）' }).first().click();
    await swap.getByTestId('swap-reason').fill('家中有事，请钱干事替班');
    await swap.getByTestId('swap-submit').click();
    await swap.getByTestId('swap-sent').waitFor();
    const request = swap.getByTestId('swap-item').filter({ hasText: '钱干事（巨鹿镇）' });
    expect(await request.innerText()).toContain('替班');
    expect(await request.getByTestId('swap-status').innerText()).toBe('待审批');
    await noHorizontalScroll(PHONE.width);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, 'duty-phone-unavailability-and-swap');

    const swaps = await api(admin, 'GET', '/api/duty/swaps?status=PENDING');
    expect(JSON.stringify(swaps.body)).toContain('家中有事，请钱干事替班');
  });

  it('shows a refused 换班 approval beside its 批准 button, in view without scrolling (390×844)', async () => {
    // The officer who asked for the 替班 may not approve it: the API refuses, and the page says so
    // next to the button that was pressed, not at the top of the page.
    await page.setViewportSize(PHONE);
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/duty/rosters`);
    const row = page.getByTestId('duty-swap-row').filter({ hasText: '家中有事，请钱干事替班' });
    const approve = row.getByTestId('swap-approve');
    await approve.scrollIntoViewIfNeeded();
    await approve.click();
    const error = row.getByTestId('swap-decide-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('不能审批本人提出的换班（替班）申请');
    expect(await page.getByTestId('duty-load-error').count()).toBe(0);
    const inView = await error.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    });
    expect(inView).toBe(true);
    const [buttonBox, errorBox] = [await approve.boundingBox(), await error.boundingBox()];
    expect(errorBox && buttonBox && errorBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(120);
    await screenshot(page, 'duty-phone-swap-approval-refused');
  });
});
