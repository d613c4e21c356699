import { residentIdCheckChar } from '@julu/domain';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, SCREENSHOT_DIR, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv } from '../support/e2e-env';

// A new petitioner each run (a known one would be offered for reuse instead of typed in); even 17th digit: a woman.
const ID_BODY = `13052919850312${String(Math.floor(Math.random() * 500) * 2).padStart(3, '0')}`;
const ID_NUMBER = `${ID_BODY}${residentIdCheckChar(ID_BODY)}`;
const LAST4 = ID_NUMBER.slice(-4);
const TITLE = '反映县城某建筑公司拖欠农民工工资';

/**
 * One petition from registration to the petitioner's evaluation, each step clicked by the user whose
 * step it is: reception forwards it to 县人社局, the handler accepts, handles and replies (each
 * notice delivered), the supervisor puts it under 黄牌督办, reception closes it, and the petitioner
 * looks it up without an account and evaluates it. The tests run in order and share the case.
 */
describe('the workflow of a case, in headless Chromium', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1440, height: 1000 });
  let caseNo = '';
  let queryCode = '';
  let caseUrl = '';

  const choose = async (testId: string, option: string): Promise<void> => {
    await page.getByTestId(testId).click();
    await page.locator('nz-option-item', { hasText: option }).first().click();
  };

  /** Clicks an action button, fills its form with `fill`, submits, and waits for the new state. */
  const act = async (action: string, state: string, fill?: () => Promise<void>): Promise<void> => {
    await page.getByTestId(`wf-action-${action}`).click();
    await page.getByTestId(`wf-form-${action}`).waitFor();
    // ng-zorro's modal moves the cursor to its first control when its opening animation ends: a
    // submit before that (a loaded machine) would see the cursor taken from the field in error.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    if (fill) await fill();
    await page.getByTestId('wf-submit').click();
    // The modal closes on an answer from the server, or stays open showing what is missing or refused.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="wf-submit"]') || document.querySelector('[data-testid="wf-form-problems"], .ant-modal-content .ant-form-item-explain-error'),
    );
    const problems = page.locator('[data-testid="wf-form-problems"], .ant-modal-content .ant-form-item-explain-error');
    if (await problems.count()) throw new Error(`${action}: ${(await problems.allInnerTexts()).join('；')}`);
    const message = await page.getByTestId('wf-message').innerText();
    if (!message.includes('操作成功')) throw new Error(`${action}: ${message}`);
    await page.getByTestId('wf-state').filter({ hasText: state }).waitFor();
  };

  const focusedId = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
  const fieldError = (field: string) => page.locator(`.ant-modal-content [data-field="${field}"] .ant-form-item-explain-error`);

  /**
   * Submits the open dialog as it is, on a desk screen and on a phone: the tip shows under `field`,
   * the cursor is in its control (`controlId`) and the dialog stays open.
   */
  const expectBlocked = async (submit: string, field: string, controlId: string, tip: string, shot: string): Promise<void> => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId(submit).click();
      await fieldError(field).filter({ hasText: tip }).waitFor();
      await page.waitForFunction((id) => document.activeElement?.id === id, controlId);
      expect(await focusedId()).toBe(controlId);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${shot}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 1000 });
  };

  const deliver = async (kind: string): Promise<void> => {
    await page.getByTestId(`wf-notice-deliver-${kind}`).click();
    await page.getByTestId('wf-delivery-form').getByText('直接送达').waitFor();
    await page.getByTestId('wf-delivery-submit').click();
    await page.getByTestId(`wf-notice-delivered-${kind}`).filter({ hasText: '直接送达' }).waitFor();
  };

  const openCase = async (user: string): Promise<void> => {
    await loginAs(page, baseUrl, user, demoPassword);
    await page.goto(caseUrl);
    await page.getByTestId('wf-state').waitFor();
  };

  it('reception registers a case, notes the query code and forwards it (转送) to 县人社局', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-reception').click();
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-id-info').filter({ hasText: '1985-03-12' }).waitFor();
    await page.getByTestId('reception-name').fill('孙秀兰');
    await choose('reception-person-township', '巨鹿镇');
    await choose('reception-category', '劳动社保');
    await page.getByTestId('reception-title').fill(TITLE);
    await page.getByTestId('reception-request').fill('请求督促该公司支付拖欠的三个月工资');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    caseNo = (await page.getByTestId('receipt-case-no').innerText()).trim();
    queryCode = (await page.getByTestId('receipt-query-code').innerText()).trim();
    expect(queryCode).toMatch(/^[23456789A-HJ-NP-Z]{12}$/);

    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('wf-state').filter({ hasText: '已登记' }).waitFor();
    caseUrl = page.url();
    await page.getByTestId('wf-clock-D1').waitFor();
    await act('FORWARD', '已转送', async () => {
      // 转送 with no unit chosen: the tip is under 承办单位 and the cursor in it, on a desk and on a phone.
      await expectBlocked('wf-submit', 'handlingUnitId', 'wf-handlingUnitId', '请选择承办单位', 'workflow-forward-blocked');
      await page.getByTestId('wf-field-handlingUnitId').click();
      await page.keyboard.type('人力资源');
      await page.locator('nz-option-item', { hasText: '县人力资源和社会保障局' }).first().click();
      // The tip leaves once the unit is chosen (after its animation): only then is a tip after 提交 a new one.
      await fieldError('handlingUnitId').waitFor({ state: 'detached' });
      await screenshot(page, 'workflow-forward-form');
    });
    await page.getByTestId('wf-handling-unit').filter({ hasText: '县人力资源和社会保障局' }).waitFor();
    await page.getByTestId('wf-timeline').getByText('转送').first().waitFor();
    await screenshot(page, 'workflow-forwarded');
  }, 120_000);

  it('on /query the forwarded case shows a neutral state colour and the next deadline the petitioner is told of', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/query`);
    await page.getByTestId('pq-code').fill(queryCode);
    await page.getByTestId('pq-last4').fill(LAST4);
    await page.getByTestId('pq-submit').click();
    await page.getByTestId('pq-case-no').filter({ hasText: caseNo }).waitFor();
    const tag = (await page.getByTestId('pq-state').getAttribute('class')) ?? '';
    expect(tag).toContain('ant-tag-processing');
    expect(tag).not.toMatch(/ant-tag-(red|error)/);
    const next = await page.getByTestId('pq-next-deadline').innerText();
    expect(next).toContain('书面告知是否受理的期限');
    expect(await page.getByTestId('pq-next-deadline-due').innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(next).not.toMatch(/D\d/);
    await screenshot(page, 'workflow-query-next-deadline');
  });

  it('the handler finds it in 我的工作 as 待受理, accepts it, delivers the 受理告知书, starts handling and asks for more time', async () => {
    await loginAs(page, baseUrl, 'handler', demoPassword);
    const menu = await page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(menu[0]).toBe('nav-work');
    // The bell announces the forwarded case; its item opens the case and is marked read.
    const bell = page.getByTestId('bell');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="bell"]')?.getAttribute('data-unread')) > 0);
    const unread = Number(await bell.getAttribute('data-unread'));
    await bell.click();
    const item = page.locator('[data-testid="bell-item-ASSIGNMENT"]', { hasText: caseNo });
    await item.waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.ant-dropdown')).some((d) => getComputedStyle(d).opacity === '1'));
    await screenshot(page, 'workflow-bell');
    await item.click();
    await page.getByTestId('wf-state').filter({ hasText: '已转送' }).waitFor();
    expect(page.url()).toBe(caseUrl);
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="bell"]')?.getAttribute('data-unread')) === before - 1, unread);

    await page.getByTestId('nav-work').click();
    await page.getByTestId(`work-reason-${caseNo}`).filter({ hasText: '待受理' }).waitFor();
    await page.getByTestId('work-filter-AWAITING_ACCEPTANCE').click();
    await page.getByTestId(`work-row-${caseNo}`).waitFor();
    await screenshot(page, 'workflow-work-inbox');
    await page.getByTestId(`work-open-${caseNo}`).click();

    await act('ACCEPT', '已受理', async () => {
      // The dialog says what 受理 sets off: a numbered notice and the 60-day clock.
      const intro = await page.getByTestId('wf-form-intro').innerText();
      expect(intro).toContain('编号的《受理告知书》');
      expect(intro).toContain('60 日办理期限');
      await screenshot(page, 'workflow-accept-dialog');
    });
    await page.getByTestId('wf-notice-ACCEPTANCE').filter({ hasText: '受理告知书' }).waitFor();
    // 县人社局 issues it: its own name numbers it, never the bureau's 巨信; it prints the query code it refers to.
    await page.getByTestId('wf-notice-print-ACCEPTANCE').click();
    await page.getByTestId('notice-doc').waitFor();
    expect(await page.getByTestId('notice-no').innerText()).toMatch(/^县人力资源和社会保障局受告〔\d{4}〕\d+号$/);
    expect(await page.getByTestId('notice-doc').innerText()).toContain('凭查询码');
    expect(await page.getByTestId('notice-query-code').innerText()).toContain(queryCode);
    expect(await page.getByTestId('notice-seal').isVisible()).toBe(true);
    expect(await page.getByTestId('notice-back-to-list').getAttribute('href')).toBe('/cases');
    await screenshot(page, 'workflow-acceptance-notice-print');
    await page.getByTestId('notice-back').click();
    await page.getByTestId('wf-state').filter({ hasText: '已受理' }).waitFor();
    // The 60-day handling clock starts, and says why it ends on its day.
    await page.getByTestId('wf-clock-D5').waitFor();
    await page.getByTestId('wf-clock-why-D5').click();
    expect((await page.getByTestId('wf-clock-explanation-D5').innerText()).length).toBeGreaterThan(10);
    expect(await page.getByTestId('wf-clock-left-D5').getAttribute('class')).toContain('ant-tag-green');
    await deliver('ACCEPTANCE');

    await act('START_HANDLING', '办理中');
    await act('REQUEST_EXTENSION', '延期申请中', async () => {
      // No days and no reason: each under its own control, the cursor on the first.
      await expectBlocked('wf-submit', 'extensionDays', 'wf-extensionDays', '请填写延期天数', 'workflow-extension-blocked');
      await fieldError('note').filter({ hasText: '请填写延期理由' }).waitFor();
      await page.getByTestId('wf-field-extensionDays').locator('input').fill('15');
      await page.getByTestId('wf-field-note').fill('涉及多名务工人员，需逐一核实工资数额');
      await fieldError('extensionDays').waitFor({ state: 'detached' });
      await fieldError('note').waitFor({ state: 'detached' });
    });
  }, 120_000);

  it('the unit head finds the request under 待审批 and approves it: the handling clock is extended', async () => {
    await loginAs(page, baseUrl, 'handlerhead', demoPassword);
    await page.getByTestId('nav-work').click();
    await page.getByTestId(`work-reason-${caseNo}`).filter({ hasText: '待审批' }).waitFor();
    await page.getByTestId(`work-open-${caseNo}`).click();
    await act('APPROVE_EXTENSION', '已延期');
    await page.getByTestId('wf-notice-EXTENSION').filter({ hasText: '延长办理期限告知书' }).waitFor();
    await page.getByTestId('wf-clock-D5').filter({ hasText: '已延长 15 天' }).waitFor();
  });

  it('the handler replies (处理意见书) and records its delivery', async () => {
    await openCase('handler');
    await act('REPLY', '已答复', async () => {
      await page.getByTestId('wf-field-outcome').getByText('支持', { exact: true }).click();
      await page.getByTestId('wf-field-legalBasis').fill('《中华人民共和国劳动合同法》第三十条、《保障农民工工资支付条例》第十五条');
      await page.getByTestId('wf-field-note').fill('经调查，该公司确有拖欠工资情况。已责令其于十五日内足额支付，县人社局将跟踪落实。');
      await screenshot(page, 'workflow-reply-form');
    });
    await page.getByTestId('wf-notice-HANDLING_OPINION').filter({ hasText: '处理意见书' }).waitFor();
    await deliver('HANDLING_OPINION');
    await page.getByTestId('wf-evaluation-HANDLING').filter({ hasText: '可评价' }).waitFor();
    await screenshot(page, 'workflow-replied');
  });

  it('prints the 处理意见书 as an A4 document, without the header and menu on paper', async () => {
    await openCase('handler');
    await page.getByTestId('wf-notice-print-HANDLING_OPINION').click();
    const doc = page.getByTestId('notice-doc');
    await doc.getByText('信访事项处理意见书').waitFor();
    expect(await page.getByTestId('notice-no').innerText()).toMatch(/〔\d{4}〕\d+号/);
    const text = await doc.innerText();
    expect(text).toContain('孙秀兰');
    expect(text).toContain('县人力资源和社会保障局');
    await screenshot(page, 'workflow-notice-print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('shell-user-name').isVisible()).toBe(false);
    expect(await page.getByTestId('nav-cases').isVisible()).toBe(false);
    expect(await page.getByTestId('notice-print').isVisible()).toBe(false);
    await screenshot(page, 'workflow-notice-print-media');
    // The @page rule makes it A4 (595 × 842 points; Chromium's default would be Letter), on one sheet.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes).toEqual([[595, 842]]);
  });

  it('the supervisor puts it under 黄牌督办 and finds it on the supervision page', async () => {
    await openCase('supervisor');
    await act('SUPERVISE', '已答复', async () => {
      await page.getByTestId('wf-field-supervisionLevel').getByText('黄牌督办').click();
      await page.getByTestId('wf-field-note').fill('群众反映强烈，请县人社局加快落实并书面反馈');
    });
    await page.getByTestId('wf-supervision').filter({ hasText: '黄牌督办' }).waitFor();
    await page.getByTestId('nav-supervision').click();
    await page.getByTestId(`supervision-row-${caseNo}`).filter({ hasText: '黄牌督办' }).waitFor();
    await choose('supervision-level', '红牌督办');
    await page.getByTestId('supervision-search').click();
    await page.getByTestId('supervision-table').getByText('没有符合条件的事项').waitFor();
    await choose('supervision-level', '黄牌督办');
    await page.getByTestId('supervision-search').click();
    await page.getByTestId(`supervision-row-${caseNo}`).waitFor();
    await screenshot(page, 'workflow-supervision');
  });

  it('reception refuses a second petition on the same matter (不再受理), picking the earlier case among the petitioner’s cases', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-reception').click();
    await page.getByTestId('reception-id-number').fill(ID_NUMBER);
    await page.getByTestId('reception-known').filter({ hasText: '孙秀兰' }).waitFor();
    await choose('reception-category', '劳动社保');
    await page.getByTestId('reception-title').fill('再次反映建筑公司拖欠工资');
    await page.getByTestId('reception-request').fill('请求尽快支付拖欠的工资');
    await page.getByTestId('reception-save').click();
    await page.getByTestId('reception-done').waitFor();
    await page.getByTestId('reception-open-case').click();
    await page.getByTestId('wf-state').filter({ hasText: '已登记' }).waitFor();
    await act('REJECT_DUPLICATE', '不再受理', async () => {
      await page.getByTestId('wf-field-priorCaseId').click();
      await page.keyboard.type(caseNo.slice(-6));
      await page.locator('nz-option-item', { hasText: caseNo }).click();
      await page.getByTestId('wf-field-sameMatterConfirmed').click();
      await page.getByTestId('wf-field-noReacceptanceGround').getByText('同一事项仍在规定期限内办理').click();
      await page.getByTestId('wf-field-note').fill('该事项已由县人社局受理并出具处理意见，正在规定期限内办理。');
      await screenshot(page, 'workflow-no-reacceptance-form');
    });
    await page.getByTestId('wf-notice-NO_REACCEPTANCE').filter({ hasText: '不再受理告知书' }).waitFor();
  });

  it('reception closes it (办结) because the petitioner accepts the opinion', async () => {
    await openCase('reception');
    // 回访 with no result chosen stays open: the tip under 评价结果 and the cursor on its first choice.
    await page.getByTestId('wf-evaluation-record-ACCEPTANCE').click();
    await page.getByTestId('wf-callback-form').waitFor();
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('wf-callback-submit').click();
      await fieldError('result').filter({ hasText: '请选择评价结果' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-field="result"]') !== null && document.activeElement?.tagName === 'INPUT');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `workflow-callback-blocked-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByTestId('wf-callback-form').getByText('满意', { exact: true }).click();
    await fieldError('result').waitFor({ state: 'detached' });
    await page.locator('.ant-modal-footer').getByText('取消').click();
    await page.getByTestId('wf-callback-form').waitFor({ state: 'detached' });
    await act('CLOSE', '办结', async () => {
      await page.getByTestId('wf-field-closeReason').getByText('信访人认可处理意见').click();
    });
    // Arts 35, 36: the petitioner may still ask for 复查 within 30 days, so 归档 waits for the window.
    await page.getByTestId('wf-actions').filter({ hasText: '登记复查申请' }).waitFor();
    // The case summary above the panel follows the new state.
    await page.getByTestId('case-detail').filter({ hasText: '办结' }).waitFor();
  }, 120_000);

  it('on /query, a wrong last four characters shows the not-found message and reveals nothing', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-public-query').click();
    await page.getByTestId('pq-code').fill(queryCode);
    // Two characters are not the last four: the tip is under that field and the cursor in it, nothing is asked.
    await page.getByTestId('pq-last4').fill('12');
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('pq-submit').click();
      await page.locator('[data-field="last4"] .ant-form-item-explain-error').filter({ hasText: '后四位应为 4 个数字' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'pq-last4');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `workflow-query-last4-blocked-${width}.png`) });
    }
    expect(await page.getByTestId('pq-error').count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('pq-last4').fill(LAST4 === '0000' ? '1111' : '0000');
    await page.locator('[data-field="last4"] .ant-form-item-explain-error').waitFor({ state: 'detached' });
    await page.getByTestId('pq-submit').click();
    await page.getByTestId('pq-error').filter({ hasText: '查询码或后四位不正确，请核对后重试' }).waitFor();
    expect(await page.getByTestId('pq-result').count()).toBe(0);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(caseNo);
    expect(body).not.toContain(TITLE);
    await screenshot(page, 'workflow-query-not-found');
  });

  it('the petitioner looks the case up without logging in and evaluates 办理环节 满意; the case page shows it', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/query`);
    await page.getByTestId('pq-code').fill(queryCode.toLowerCase());
    await page.getByTestId('pq-last4').fill(LAST4.toLowerCase());
    await page.getByTestId('pq-submit').click();
    await page.getByTestId('pq-result').or(page.getByTestId('pq-error')).first().waitFor();
    if (await page.getByTestId('pq-error').count()) throw new Error(`lookup refused: ${await page.getByTestId('pq-error').innerText()}`);
    await page.getByTestId('pq-case-no').filter({ hasText: caseNo }).waitFor();
    expect(await page.getByTestId('pq-state').innerText()).toContain('办结');
    await page.getByTestId('pq-timeline').getByText('受理').first().waitFor();
    await page.getByTestId('pq-notice-HANDLING_OPINION').getByText('县人力资源和社会保障局').first().waitFor();
    await page.getByTestId('pq-notice-ACCEPTANCE').waitFor();
    // Laid out for a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'workflow-query-result');

    await page.getByTestId('pq-eval-result-HANDLING').getByText('满意', { exact: true }).click();
    await page.getByTestId('pq-eval-comment-HANDLING').fill('工资已经拿到了，谢谢！');
    await page.getByTestId('pq-eval-submit-HANDLING').click();
    await page.getByTestId('pq-thanks').waitFor();
    await page.getByTestId('pq-eval-status-HANDLING').filter({ hasText: '已评价（满意）' }).waitFor();
    await screenshot(page, 'workflow-query-evaluated');

    await page.setViewportSize({ width: 1440, height: 1000 });
    await openCase('reception');
    await page.getByTestId('wf-evaluation-HANDLING').filter({ hasText: '已评价（满意）' }).waitFor();
    await page.getByTestId('wf-evaluation-HANDLING').filter({ hasText: '信访人网上评价' }).waitFor();
    await screenshot(page, 'workflow-case-evaluated');
  });
});
