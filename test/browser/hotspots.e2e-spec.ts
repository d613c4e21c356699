import { chinaDate } from '@julu/domain';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { loginAs, pickDate, screenshot, usePagePerTest } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';

const HEADERS = [
  '排查日期',
  '排查人',
  '排查单位',
  '乡镇',
  '村（社区）',
  '隐患类别',
  '隐患描述',
  '主要诉求',
  '涉及人数',
  '涉及群体',
  '可能上行方向',
  '风险等级',
  '包案领导',
  '责任单位',
  '责任人',
  '稳控责任人',
  '化解措施',
  '稳控措施',
  '化解时限（日）',
];
const chinaToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const daysAgo = (n: number): string => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

/** Hotspots created through the API as the supervisor: one overdue in 巨鹿镇, one in 王虎寨镇. */
async function seedHotspots(): Promise<void> {
  const { baseUrl } = e2eEnv();
  const token = await login('supervisor');
  const units = (await (await fetch(`${baseUrl}/api/org-units`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string; name: string }[];
  const id = (name: string): string => units.find((u) => u.name === name)?.id ?? '';
  const base = {
    foundBy: '县信访局',
    categoryCode: '04',
    mainDemand: '兑现土地补偿款',
    peopleInvolved: 20,
    groupType: '村民',
    possibleDirection: 'PROVINCE',
    leaderInCharge: '李副县长',
    responsiblePerson: '王干事',
    stabilityPerson: '赵干事',
    measuresResolve: '核实补偿标准，分批兑付',
    measuresStability: '包户稳控，每日见面',
  };
  for (const h of [
    {
      ...base,
      foundOn: daysAgo(40),
      reportingOrg: '巨鹿镇',
      townshipId: id('巨鹿镇'),
      description: '小马庄村土地补偿款未兑现，村民酝酿到省集体访',
      riskLevel: 1,
      responsibleOrg: '巨鹿镇人民政府',
      deadlineDays: 20,
    },
    {
      ...base,
      foundOn: chinaToday(),
      reportingOrg: '王虎寨镇',
      townshipId: id('王虎寨镇'),
      description: '王虎寨村企业拖欠农民工工资，可能赴市上访',
      riskLevel: 2,
      responsibleOrg: '王虎寨镇人民政府',
      deadlineDays: 30,
      categoryCode: '03',
    },
  ]) {
    const res = await fetch(`${baseUrl}/api/hotspots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(h),
    });
    if (res.status !== 201) throw new Error(`hotspot: ${res.status} ${await res.text()}`);
  }
}

async function ledgerSheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('信访隐患排查台账: the bureau’s ledger and board (desktop)', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1440, height: 900 });
  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };

  beforeAll(async () => {
    await seedHotspots();
  });

  it('the supervisor sees every township, the overdue hotspot in red, and the board by status grouped by township', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-hotspots').click();
    const table = page.getByTestId('hotspot-table');
    await table.getByText('小马庄村土地补偿款未兑现').waitFor();
    await table.getByText('王虎寨村企业拖欠农民工工资').waitFor();
    const overdue = table.locator('tr', { hasText: '小马庄村土地补偿款未兑现' });
    expect(await overdue.innerText()).toContain('超期');
    expect(await overdue.innerText()).toContain('重大（红）');
    await page.getByTestId('weekly-巨鹿镇').waitFor();
    await settled('hotspots-ledger-desktop');
    await page.getByTestId('hotspot-view-board').click();
    const column = page.getByTestId('board-UNRESOLVED');
    await column.getByText('巨鹿镇').first().waitFor();
    await column.getByText('王虎寨镇').first().waitFor();
    await settled('hotspots-board-desktop');
  });

  it('reception registers a hotspot as a case: the desk opens with its subject, demand and township', async () => {
    await loginAs(page, baseUrl, 'reception', demoPassword);
    await page.getByTestId('nav-hotspots').click();
    await page.getByTestId('hotspot-table').getByText('王虎寨村企业拖欠农民工工资').click();
    await page.getByTestId('hotspot-to-case').click();
    await page.waitForURL(/\/reception\?/);
    await page.getByTestId('reception-township').getByText('王虎寨镇').waitFor();
    expect(await page.getByTestId('reception-title').inputValue()).toBe('王虎寨村企业拖欠农民工工资，可能赴市上访');
    expect(await page.getByTestId('reception-request').inputValue()).toBe('兑现土地补偿款');
    await settled('hotspot-to-reception');
  });

  it('an import with one bad row imports nothing and names the row and why; the corrected sheet imports every row', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.goto(`${baseUrl}/hotspots`);
    await page.getByTestId('hotspot-table').waitFor();
    const good = (n: number): (string | number)[] => [
      chinaToday(),
      '导入人',
      '巨鹿镇',
      '巨鹿镇',
      '小马庄村',
      '劳动社保',
      `导入隐患第${n}条`,
      '讨要工资',
      6,
      '农民工',
      '赴市',
      '一般',
      '李镇长',
      '巨鹿镇人民政府',
      '王干事',
      '赵干事',
      '协调企业',
      '专人包联',
      30,
    ];
    const bad = [
      chinaToday(),
      '导入人',
      '巨鹿镇',
      '不存在镇',
      '',
      '劳动社保',
      '导入隐患第2条',
      '讨要工资',
      0,
      '',
      '',
      '特大',
      '李镇长',
      '巨鹿镇人民政府',
      '王干事',
      '赵干事',
      '协调企业',
      '专人包联',
      30,
    ];
    await page
      .getByTestId('hotspot-import-file')
      .locator('input[type=file]')
      .setInputFiles({ name: '隐患台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await ledgerSheet([good(1), bad, good(3)]) });
    await page.getByTestId('import-result').filter({ hasText: '整表未导入' }).waitFor();
    const row = await page.getByTestId('import-row-3').innerText();
    expect(row).toContain('乡镇“不存在镇”不存在或不在您的管辖范围内');
    expect(row).toContain('风险等级“特大”');
    await settled('hotspots-import-rejected');
    await page.getByTestId('import-close').click();
    await page.getByTestId('import-report-panel').waitFor({ state: 'detached' });
    expect(await page.getByTestId('hotspot-table').getByText('导入隐患第1条').count()).toBe(0);

    await page
      .getByTestId('hotspot-import-file')
      .locator('input[type=file]')
      .setInputFiles({
        name: '隐患台账.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await ledgerSheet([good(1), good(2), good(3)]),
      });
    await page.getByTestId('import-result').filter({ hasText: '已全部导入' }).waitFor();
    await page.getByTestId('hotspot-table').getByText('导入隐患第3条').waitFor();
  });
});

describe('积案与领导包案 (desktop)', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 1440, height: 900 });

  it('the supervisor registers a backlog case with its 五定 and records a leader’s 接访', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-backlog').click();
    await page.getByTestId('backlog-new').click();
    await page.getByTestId('bf-title').fill('某村征地补偿信访积案');
    await page.getByTestId('bf-township').click();
    await page.locator('nz-option-item').filter({ hasText: '巨鹿镇' }).first().click();
    await page.getByTestId('bf-leader').fill('张副县长');
    await page.getByTestId('bf-org').fill('巨鹿镇人民政府');
    await page.getByTestId('bf-team').fill('镇村干部 5 人专班');
    await page.getByTestId('bf-task').fill('核实补偿标准并兑付');
    await page.getByTestId('bf-responsibility').fill('镇长负总责，分管副镇长具体落实');
    await page.getByTestId('bf-plan').fill('一案一策：核实—兑付—回访，三个月内化解');
    await pickDate(page.getByTestId('bf-deadline'), chinaDate(new Date(Date.now() + 90 * 86_400_000)));
    await page.getByTestId('bf-submit').click();
    const detail = page.getByTestId('backlog-detail');
    await detail.getByText('张副县长').waitFor();
    await page.getByTestId('ba-leader').fill('张副县长');
    await page.getByTestId('ba-place').fill('小马庄村委会');
    await page.getByTestId('ba-people').fill('信访人及家属 3 人');
    await page.getByTestId('ba-result').fill('当面解释补偿政策，达成兑付时间表');
    await page.getByTestId('ba-submit').click();
    await page.getByText('达成兑付时间表').waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, 'backlog-drawer-desktop');
  });
});

describe('信访隐患排查台账: a township officer on a phone (375×812)', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), { width: 375, height: 812 });
  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };
  const fitsThePhone = async (): Promise<void> => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  };
  const pick = async (testId: string, option: string): Promise<void> => {
    await page.getByTestId(testId).click();
    await page.locator('nz-option-item').filter({ hasText: option }).first().click();
  };

  it('submits the weekly zero report and sees only the own township’s hotspots as cards', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/hotspots`);
    await page.getByTestId('weekly-missing').waitFor();
    await page.getByTestId('weekly-zero').click();
    await page.getByTestId('weekly-submitted').filter({ hasText: '零报告' }).waitFor();
    const cards = page.getByTestId('hotspot-cards');
    await cards.getByText('小马庄村土地补偿款未兑现').waitFor();
    expect(await cards.getByText('王虎寨村企业拖欠农民工工资').count()).toBe(0);
    expect(await page.getByTestId('hotspot-table').isVisible()).toBe(false);
    await fitsThePhone();
    await settled('hotspots-township-phone');
  });

  it('registers a hotspot on the phone, works it and asks for 销号', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    await page.goto(`${baseUrl}/hotspots/new`);
    await page.getByTestId('hf-description').fill('某小区业主因房产证迟迟未办理，酝酿集体访');
    await page.getByTestId('hf-main-demand').fill('尽快办理房产证');
    await pick('hf-category', '城乡建设');
    await page.getByTestId('hf-people').locator('input').fill('40');
    await page.getByTestId('hf-group').fill('小区业主');
    await pick('hf-level', '较大');
    await page.getByTestId('hf-leader').fill('李镇长');
    await page.getByTestId('hf-org').fill('巨鹿镇人民政府');
    await page.getByTestId('hf-person').fill('王干事');
    await page.getByTestId('hf-stability-person').fill('赵干事');
    await page.getByTestId('hf-measures-resolve').fill('协调住建局集中办证');
    await page.getByTestId('hf-measures-stability').fill('每日见面，掌握动态');
    await fitsThePhone();
    await settled('hotspot-form-phone');
    await page.getByTestId('hf-submit').click();

    await page.getByTestId('hotspot-status').filter({ hasText: '未化解' }).waitFor();
    await page.getByTestId('hotspot-action-START').click();
    await page.getByTestId('hotspot-action-note').fill('已召开业主座谈会');
    await page.getByTestId('hotspot-action-submit').click();
    await page.getByTestId('hotspot-status').filter({ hasText: '化解中' }).waitFor();
    await page.getByTestId('hotspot-follow-up').fill('住建局已受理办证材料');
    await page.getByTestId('hotspot-follow-up-submit').click();
    await page.getByTestId('hotspot-log').getByText('住建局已受理办证材料').waitFor();
    await page.getByTestId('hotspot-action-REQUEST_CLOSE').click();
    await page.getByTestId('hotspot-action-note').fill('房产证已全部发放，申请销号');
    await page.getByTestId('hotspot-action-submit').click();
    await page.getByTestId('hotspot-close-requested').waitFor();
    // Approval is the bureau's: the officer has no 批准销号 button.
    expect(await page.getByTestId('hotspot-action-APPROVE_CLOSE').count()).toBe(0);
    await fitsThePhone();
    await settled('hotspot-detail-phone');
  });
});

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

describe('隐患与积案 forms: each problem under its control, the cursor on the first (1366×768, then 390×844)', () => {
  const { baseUrl, demoPassword } = e2eEnv();
  let page: Page;
  usePagePerTest((p) => (page = p), DESKTOP);
  const fieldError = (field: string, scope = 'body') => page.locator(`${scope} [data-field~="${field}"] .ant-form-item-explain-error`);
  const focusedId = async (id: string): Promise<string | null> => {
    await page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5000 }).catch(() => undefined);
    return page.evaluate(() => document.activeElement?.id ?? null);
  };
  const phone = (): Promise<void> => page.setViewportSize(PHONE);
  const settled = async (name: string): Promise<void> => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await screenshot(page, name);
  };

  it('登记隐患 marks the missing 排查单位 and 属地, and focuses each in turn', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.goto(`${baseUrl}/hotspots/new`);
    await page.getByTestId('hf-submit').click();
    await fieldError('reportingOrg').filter({ hasText: '请填写排查单位' }).waitFor();
    await fieldError('townshipId').filter({ hasText: '请选择属地乡镇' }).waitFor();
    await fieldError('measuresStability').filter({ hasText: '请填写稳控措施' }).waitFor();
    expect(await focusedId('hf-reporting-org')).toBe('hf-reporting-org');
    await page.getByTestId('hf-reporting-org').fill('县信访局');
    await fieldError('reportingOrg').waitFor({ state: 'detached' });
    await phone();
    await page.getByTestId('hf-submit').click();
    expect(await focusedId('hf-township')).toBe('hf-township');
    await fieldError('townshipId').waitFor();
    await settled('hotspot-form-errors-390');
    expect(page.url()).toMatch(/\/hotspots\/new$/);
  });

  it('登记积案 and the drawer’s 登记活动 / 更新化解情况 mark their own controls', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.getByTestId('nav-backlog').click();
    await page.getByTestId('backlog-new').click();
    await page.getByTestId('bf-submit').click();
    const modal = '.ant-modal';
    await fieldError('title', modal).filter({ hasText: '请填写积案名称' }).waitFor();
    await fieldError('deadline', modal).filter({ hasText: '请选择化解时限' }).waitFor();
    expect(await focusedId('bf-title')).toBe('bf-title');
    await phone();
    await page.getByTestId('bf-title').fill('表单校验积案');
    await page.getByTestId('bf-submit').click();
    await fieldError('townshipId', modal).waitFor();
    expect(await focusedId('bf-township')).toBe('bf-township');
    await settled('backlog-form-errors-390');
    await page.setViewportSize(DESKTOP);
    await page.locator('.ant-modal-close').click();

    // The case registered above (desktop spec) or any other: open the first in the list.
    await page.locator('[data-testid^="backlog-item-"]').first().click();
    await page.getByTestId('backlog-detail').waitFor();
    await page.getByTestId('ba-submit').click();
    const drawer = '.ant-drawer';
    await fieldError('leader', drawer).filter({ hasText: '请填写领导' }).waitFor();
    await fieldError('result', drawer).filter({ hasText: '请填写结果' }).waitFor();
    expect(await focusedId('ba-leader')).toBe('ba-leader');
    await page.getByTestId('br-status').click();
    await page.locator('nz-option-item').filter({ hasText: '已化解' }).first().click();
    await page.getByTestId('br-note').fill('已兑付补偿款');
    await phone();
    await page.getByTestId('br-submit').click();
    await fieldError('resolutionType', drawer).filter({ hasText: '已化解须选择化解方式' }).waitFor();
    expect(await focusedId('br-type')).toBe('br-type');
    await settled('backlog-drawer-errors-390');
  });

  it('a hotspot’s 动态记录, 办理 and 转为突发事件快报 mark their own control, at both sizes', async () => {
    await loginAs(page, baseUrl, 'supervisor', demoPassword);
    await page.goto(`${baseUrl}/hotspots`);
    await page.getByTestId('hotspot-table').getByText('王虎寨村企业拖欠农民工工资').click();
    await page.getByTestId('hotspot-fields').waitFor();
    const hotspotUrl = page.url();
    const modal = '.ant-modal';
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(hotspotUrl);
      await page.getByTestId('hotspot-fields').waitFor();

      await page.getByTestId('hotspot-follow-up-submit').click();
      await fieldError('content').filter({ hasText: '请填写动态记录内容' }).waitFor();
      expect(await focusedId('hotspot-follow-up')).toBe('hotspot-follow-up');

      await page.locator('.actions [data-testid^="hotspot-action-"]').first().click();
      await page.getByTestId('hotspot-action-submit').click();
      await fieldError('note', modal).filter({ hasText: '请填写情况说明' }).waitFor();
      expect(await focusedId('hotspot-action-note')).toBe('hotspot-action-note');
      await settled(`hotspot-action-errors-${size.width}`);
      await page.locator('.ant-modal-close').click();
      await page.getByTestId('hotspot-action-note').waitFor({ state: 'hidden' });

      await page.getByTestId('hotspot-to-incident').click();
      await page.getByTestId('hotspot-incident-place').fill(' ');
      await page.getByTestId('hotspot-incident-submit').click();
      await fieldError('placeDetail', modal).filter({ hasText: '请填写事发地点' }).waitFor();
      expect(await focusedId('hotspot-incident-place')).toBe('hotspot-incident-place');
      await settled(`hotspot-incident-errors-${size.width}`);
      await page.locator('.ant-modal-close').click();
      await page.getByTestId('hotspot-incident-place').waitFor({ state: 'hidden' });
    }
    // Nothing was sent: no incident, no record, the hotspot as it was.
    expect(await page.getByTestId('hotspot-status').innerText()).toBe('未化解');
    expect(await page.getByTestId('hotspot-incident-created').count()).toBe(0);
  });

  it('每周排查报告 asks for its note and 导入台账 refuses a file that is no workbook, under each control', async () => {
    await loginAs(page, baseUrl, 'township', demoPassword);
    const onUploadButton = async (): Promise<boolean> => {
      const matches = (): boolean => document.activeElement?.matches('[data-field="file"] [role="button"]') ?? false;
      await page.waitForFunction(matches, undefined, { timeout: 5000 }).catch(() => undefined);
      return page.evaluate(matches);
    };
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(`${baseUrl}/hotspots`);
      await page.getByTestId('weekly-note').waitFor();
      await page.getByTestId('weekly-report-submit').click();
      await fieldError('note').filter({ hasText: '请填写排查情况说明' }).waitFor();
      expect(await focusedId('weekly-note')).toBe('weekly-note');

      await page
        .getByTestId('hotspot-import-file')
        .locator('input[type=file]')
        .setInputFiles({ name: '隐患台账.csv', mimeType: 'text/csv', buffer: Buffer.from('排查日期,排查人\n') });
      await fieldError('file').filter({ hasText: '“隐患台账.csv”不能导入' }).waitFor();
      expect(await onUploadButton()).toBe(true);
      await settled(`hotspots-weekly-import-errors-${size.width}`);
    }
    expect(await page.getByTestId('import-report-panel').count()).toBe(0);
  });
});
