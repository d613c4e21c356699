import { residentIdCheckChar } from '@julu/domain';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

const ID_NUMBER = `13052919850315004${residentIdCheckChar('13052919850315004')}`;

describe('petitioner lookup and audited reveal, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p));

  const api = async (path: string, token: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: await res.json() };
  };
  const tokenOf = async (username: string): Promise<string> => {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };

  beforeAll(async () => {
    const reception = await tokenOf('reception');
    const units = (await api('/api/org-units', reception)).json as { id: string; name: string }[];
    const created = await api('/api/petitioners', reception, {
      name: '王秀兰',
      idType: 'RESIDENT_ID',
      idNumber: ID_NUMBER,
      mobile: '13912345678',
      townshipId: units.find((u) => u.name === '王虎寨镇')?.id,
      addressDetail: '王虎寨村南街 3 号',
    });
    expect(created.status).toBe(201);
  });

  it('reception finds a petitioner by ID number, sees masked data, and reveals the number with a reason', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-petitioners').click();
    // Nothing to look up: the tip is under the value box and the cursor in it.
    await page.getByTestId('petitioners-search').click();
    await page.locator('[data-field="value"] .ant-form-item-explain-error').filter({ hasText: '请输入要查找的证件号码' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'petitioners-value');
    await page.getByTestId('petitioners-value').fill(ID_NUMBER);
    await page.getByTestId('petitioners-search').click();
    await page
      .getByTestId('petitioners-id-masked')
      .filter({ hasText: `1305**********${ID_NUMBER.slice(-4)}` })
      .waitFor();
    const table = await page.getByTestId('petitioners-table').innerText();
    for (const part of [ID_NUMBER, ID_NUMBER.slice(6, 14), '1985-03-15']) expect(table).not.toContain(part);
    expect(await page.getByTestId('petitioners-birth-year').innerText()).toBe('1985');

    await page.getByTestId('petitioners-pick-王秀兰').click();
    // No reason: nothing is revealed, the tip is under 查看事由 and the cursor in it, on a desk and on a phone.
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('petitioners-reveal').click();
      await page.locator('[data-field="reason"] .ant-form-item-explain-error').filter({ hasText: '请填写查看事由' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'petitioners-reason');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `petitioners-reveal-blocked-${width}.png`) });
    }
    expect(await page.getByTestId('petitioners-revealed').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('petitioners-reason').fill('电话回访，核实身份');
    await page.getByTestId('petitioners-reveal').click();
    await page.getByTestId('petitioners-revealed').filter({ hasText: ID_NUMBER }).waitFor();
    await screenshot(page, 'petitioner-reveal');

    const audit = await api('/api/audit-logs?action=petitioner.reveal&actor=reception', await tokenOf('admin'));
    expect((audit.json as { items: { reason: string }[] }).items.map((i) => i.reason)).toContain('电话回访，核实身份');
  });

  it('a township officer of another township does not find the petitioner', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.getByTestId('nav-petitioners').click();
    await page.getByTestId('petitioners-value').fill(ID_NUMBER);
    await page.getByTestId('petitioners-search').click();
    await page.getByTestId('petitioners-table').getByText('未找到信访人').waitFor();
  });
});
