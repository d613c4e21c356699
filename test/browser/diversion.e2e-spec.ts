import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

/** A case registered through the API (the workbench starts from registered cases). */
async function registerCase(title: string, mainRequest: string, categoryCode: string): Promise<string> {
  const { baseUrl } = e2eEnv();
  const token = await login('reception');
  const call = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const units = (await (await fetch(`${baseUrl}/api/org-units`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string; name: string }[];
  const townshipId = units.find((u) => u.name === '巨鹿镇')?.id;
  const petitioner = await call('/api/petitioners', { name: '分流浏览器测试', idType: 'RESIDENT_ID', mobile: '13912349876', townshipId });
  const registered = await call('/api/cases', {
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode,
    title,
    mainRequest,
    townshipId,
    peopleCount: 1,
    petitioners: [{ petitionerId: petitioner['id'], role: 'PRIMARY' }],
  });
  return (registered['case'] as { caseNo: string }).caseNo;
}

/**
 * The diversion workbench as reception uses it: flag a registered case 涉法涉诉, see the rule
 * table's suggestion with its legal basis and clock, confirm it (the 告知书 is issued), find the
 * decision in the ledger as not yet counted, deliver the notice on the case page, and see it counted.
 */
describe('依法分流 workbench, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1366, height: 900 });
  let caseNo = '';

  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };

  /**
   * Submits a form as it is, on a desk screen and on a phone: the tip under `field` (within `scope`),
   * the cursor in `controlId`.
   */
  const expectBlocked = async (submit: string, field: string, controlId: string, tip: string, shot: string, scope = 'body'): Promise<void> => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      // A dialog that is still opening moves its cursor when the animation ends (see workflow.e2e-spec).
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await page.getByTestId(submit).click();
      await page.locator(`${scope} [data-field="${field}"] .ant-form-item-explain-error`).filter({ hasText: tip }).waitFor();
      await page.waitForFunction((id) => document.activeElement?.id === id, controlId);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${shot}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };

  beforeAll(async () => {
    caseNo = await registerCase('某公司拖欠工资三个月', '请求督促公司支付拖欠的三个月工资和加班费', '03');
  });

  it('reception flags the case and sees the labour-arbitration suggestion with its legal basis and clock', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-diversion').click();
    // A number with no reason: the tip under the reason, the cursor in it.
    await page.getByTestId('diversion-flag-caseno').fill(caseNo);
    await expectBlocked('diversion-flag-submit', 'reason', 'diversion-flag-reason', '请填写标记为涉法涉诉的理由', 'diversion-flag-blocked');
    await page.getByTestId('diversion-flag-reason').fill('诉求属于劳动争议，应当通过劳动仲裁解决');
    await page.getByTestId('diversion-flag-submit').click();
    const card = page.getByTestId(`diversion-case-${caseNo}`);
    await card.waitFor();
    const suggestion = page.getByTestId(`diversion-suggestion-${caseNo}-0`);
    await suggestion.getByText('拖欠劳动报酬 → 劳动人事争议仲裁').waitFor();
    const text = await suggestion.innerText();
    // The rule by its name and version; its code is for the administrators' rule page.
    expect(text).toContain('规则第1版');
    expect(text).not.toContain('WAGE_ARBITRATION');
    expect(text).toContain('劳动争议调解仲裁法》第二十七条');
    expect(text).toContain('巨鹿县劳动人事争议仲裁委员会');
    expect(text).toContain('劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受一年仲裁时效期间的限制');
    expect(await card.innerText()).toContain('诉求属于劳动争议');
    await settled('diversion-workbench');
  }, 120_000);

  it('confirms the suggestion; the 告知书 is issued and the ledger lists it as not yet counted until delivered', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.goto(`${baseUrl}/diversion`);
    await page.getByTestId(`diversion-confirm-${caseNo}-0`).click();
    expect(await page.getByTestId('diversion-organ').inputValue()).toBe('巨鹿县劳动人事争议仲裁委员会');
    expect(await page.getByTestId('diversion-note').inputValue()).toContain('拖欠劳动报酬');
    await settled('diversion-confirm-modal');
    // Without the organ the decision is not sent: the tip under it, the cursor in it, inside the dialog.
    await page.getByTestId('diversion-organ').fill('');
    await expectBlocked('diversion-submit', 'competentOrgan', 'diversion-organ', '请填写有权处理的机关', 'diversion-decision-blocked', '.ant-modal-content');
    await page.getByTestId('diversion-organ').fill('巨鹿县劳动人事争议仲裁委员会');
    await page.getByTestId('diversion-submit').click();
    await page.getByTestId('diversion-decided').waitFor();
    expect(await page.getByTestId(`diversion-case-${caseNo}`).count()).toBe(0);

    await page.getByRole('tab', { name: '分流台账' }).click();
    const row = page.getByTestId(`ledger-row-${caseNo}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('未送达');
    expect(await row.innerText()).toContain('拖欠劳动报酬 → 劳动人事争议仲裁 第1版');
    expect(await row.innerText()).not.toContain('WAGE_ARBITRATION');
    await settled('diversion-ledger-not-counted');

    // Deliver the notice on the case page (the workflow panel), then the ledger counts it.
    await page.getByRole('tab', { name: '分流工作台' }).click();
    await page.getByTestId('diversion-open-case').click();
    await page.getByTestId('wf-state').filter({ hasText: '已分流' }).waitFor();
    await page.getByTestId('wf-notice-deliver-NON_ACCEPTANCE').click();
    await page.getByTestId('wf-delivery-form').getByText('直接送达').waitFor();
    await page.getByTestId('wf-delivery-submit').click();
    await page.getByTestId('wf-notice-delivered-NON_ACCEPTANCE').waitFor();

    await page.goto(`${baseUrl}/diversion`);
    await page.getByRole('tab', { name: '分流台账' }).click();
    await row.filter({ hasText: '已送达' }).waitFor();
    await page.getByTestId(`ledger-follow-up-${caseNo}`).click();
    await expectBlocked('follow-up-submit', 'evidence', 'follow-up-evidence', '请填写核实依据', 'diversion-follow-up-blocked', '.ant-modal-content');
    await page.getByTestId('follow-up-evidence').fill('电话回访：已向县劳动人事争议仲裁委员会提交仲裁申请');
    await page.getByTestId('follow-up-submit').click();
    await row.filter({ hasText: '已进入法定途径' }).waitFor();
    await page.getByTestId('diversion-counts').getByText('巨鹿镇').first().waitFor();
    await settled('diversion-ledger-counted');
  }, 120_000);
});
