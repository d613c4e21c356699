import { residentIdCheckChar } from '@julu/domain';
import type { Page } from 'playwright-core';
import { loginAs, screenshot, usePagePerTest } from '../support/browser';
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
    await page.getByTestId('petitioners-reveal').click();
    await page.getByTestId('petitioners-reveal-error').filter({ hasText: '查看事由' }).waitFor();
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
