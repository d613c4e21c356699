import { addDays, chinaDate } from '@julu/domain';
import type { Page } from 'playwright-core';
import { loginAs, pickDate, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

/**
 * A township officer on a phone (375 px): the roster the bureau published puts them on duty today;
 * they check in on 我的值班 and file the day's 零报告 with one tap, declare days they cannot be on
 * duty, and ask a colleague to take tomorrow's shift (替班).
 */
describe('duty on a phone, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 375, height: 812 });

  const api = async (token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  };

  beforeAll(async () => {
    const admin = await login('admin');
    const township = await login('township');
    const me = await api(township, 'GET', '/api/auth/me');
    const today = chinaDate(new Date());
    const roster = await api(admin, 'POST', '/api/duty/rosters', {
      unitId: me.body['orgUnitId'],
      dateFrom: addDays(today, -1),
      dateTo: addDays(today, 1),
      pattern: 'H24',
      dayStart: '00:00',
      leaderIds: [me.body['id']],
      staffIds: [],
      staffPerShift: 0,
      dutyPhone: '0319-4321000',
    });
    if (roster.status !== 201) throw new Error(`roster: ${roster.status} ${JSON.stringify(roster.body)}`);
    const published = await api(admin, 'POST', `/api/duty/rosters/${String(roster.body['id'])}/publish`);
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  });

  it('checks in and files a 零报告', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/duty/today`);
    const today = chinaDate(new Date());
    const shift = page.getByTestId('duty-shift').filter({ hasText: today });
    await shift.waitFor();
    await screenshot(page, 'duty-phone-before-check-in');
    await shift.getByTestId('duty-check-in').click();
    await shift.getByTestId('duty-checked-in').waitFor();
    expect(await shift.getByTestId('duty-shift-status').innerText()).toBe('在岗');
    expect(await shift.getByTestId('duty-checked-in').innerText()).toContain('赵干事（巨鹿镇）');

    await page.getByTestId('duty-zero-report').click();
    await page.getByTestId('duty-report-done').waitFor();
    expect(await page.getByTestId('duty-report-done').innerText()).toContain('零报告已报送');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'duty-phone-checked-in-zero-report');

    const township = await login('township');
    const due = await api(township, 'GET', `/api/duty/reports/due?date=${today}`);
    expect(due.status).toBe(200);
    expect(JSON.stringify(due.body)).toContain('"type":"ZERO"');
  });

  it('declares days off duty and requests a 替班 for tomorrow’s shift', async () => {
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

    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/duty/today`);
    const today = chinaDate(new Date());
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
    await page.locator('nz-option-item').filter({ hasText: addDays(today, 1) }).first().click();
    await swap.getByTestId('swap-colleague').click();
    await page.locator('nz-option-item').filter({ hasText: '钱干事（巨鹿镇）' }).first().click();
    await swap.getByTestId('swap-reason').fill('家中有事，请钱干事替班');
    await swap.getByTestId('swap-submit').click();
    await swap.getByTestId('swap-sent').waitFor();
    const request = swap.getByTestId('swap-item').filter({ hasText: '钱干事（巨鹿镇）' });
    expect(await request.innerText()).toContain('替班');
    expect(await request.getByTestId('swap-status').innerText()).toBe('待审批');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, 'duty-phone-unavailability-and-swap');

    const swaps = await api(admin, 'GET', '/api/duty/swaps?status=PENDING');
    expect(JSON.stringify(swaps.body)).toContain('家中有事，请钱干事替班');
  });
});
