import { addDays, chinaDate } from '@julu/domain';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { e2eEnv, login } from '../support/e2e-env';
import {
  DESKTOP,
  detachedLabels,
  DIALOG_ROOT,
  phoneFindings,
  layoutFor,
  PAGE_ROOT,
  PHONE,
  rawTextFindings,
  renderedText,
  settled,
  shotPath,
  sweepAs,
  touchingButtons,
  unlabelledControls,
} from './sweep-checks';

type Json = Record<string, unknown>;

/**
 * Something to sweep: a dialog (modal, drawer, popconfirm) or a detail page below a menu item.
 * `open` brings it up from scratch at the current viewport size (navigating, clicking).
 */
interface Swept {
  name: string;
  kind: 'dialog' | 'page';
  open: (page: Page) => Promise<void>;
}

/** What the sweep creates through the API so that every dialog can be opened. */
interface Records {
  /** Cases by the state they were brought to, each with the users who act on it there. */
  cases: Record<string, string>;
  flaggedCaseNo: string;
  hotspotId: string;
  incidentId: string;
  backlogNo: string;
  /** A township officer on duty in a township of their own, with a colleague and a pending 替班. */
  dutyUser: { username: string; password: string };
}

const { baseUrl, demoPassword } = e2eEnv();

async function call(token: string, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json().catch(() => ({}))) as Json;
}

/** Cases in the states whose dialogs differ, brought there through the workflow API by the users whose steps they are. */
async function seedCases(units: { id: string; name: string }[]): Promise<{ cases: Record<string, string>; flaggedCaseNo: string }> {
  const [reception, township, handler, supervisor] = await Promise.all(['reception', 'township', 'handler', 'supervisor'].map((u) => login(u)));
  const townshipId = units.find((u) => u.name === '巨鹿镇')?.id;
  const handlingUnitId = units.find((u) => u.name === '县人力资源和社会保障局')?.id;
  const petitioner = await call(reception, 'POST', '/api/petitioners', { name: '弹窗巡检', idType: 'RESIDENT_ID', mobile: '13912340818', townshipId });
  const register = async (token: string, title: string): Promise<{ id: string; caseNo: string }> => {
    const registered = await call(token, 'POST', '/api/cases', {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '03',
      title,
      mainRequest: '请求督促用人单位支付拖欠的劳动报酬',
      townshipId,
      peopleCount: 1,
      petitioners: [{ petitionerId: petitioner['id'], role: 'PRIMARY' }],
    });
    return registered['case'] as { id: string; caseNo: string };
  };
  const act = async (token: string, caseId: string, action: string, payload: Json = {}): Promise<void> => {
    const { version } = await call(token, 'GET', `/api/cases/${caseId}/workflow`);
    await call(token, 'POST', `/api/cases/${caseId}/transitions`, { action, expectedVersion: version, ...payload });
  };
  const deliver = async (token: string, caseId: string, kind: string): Promise<void> => {
    const { notices } = (await call(token, 'GET', `/api/cases/${caseId}/workflow`)) as { notices: { id: string; kind: string }[] };
    const notice = notices.find((n) => n.kind === kind);
    if (!notice) throw new Error(`${caseId}: no ${kind} notice`);
    await call(token, 'POST', `/api/notices/${notice.id}/delivery`, { method: 'IN_PERSON', deliveredAt: new Date(Date.now() - 60_000).toISOString() });
  };
  const reply = { outcome: 'SUPPORTED', note: '经调查，用人单位确有拖欠，已责令限期支付。', legalBasis: '《保障农民工工资支付条例》第十五条' };
  /** Forwarded (or assigned), accepted, handled and replied by 县人社局. */
  const replied = async (title: string, disposition: 'FORWARD' | 'ASSIGN'): Promise<string> => {
    const { id } = await register(reception, title);
    await act(reception, id, disposition, disposition === 'ASSIGN' ? { handlingUnitId, feedbackDays: 15 } : { handlingUnitId });
    await act(handler, id, 'ACCEPT');
    await act(handler, id, 'START_HANDLING');
    await act(handler, id, 'REPLY', reply);
    return id;
  };

  const cases: Record<string, string> = {};
  cases['registeredByReception'] = (await register(reception, '反映某公司拖欠工资未结算')).id;
  cases['registeredByTownship'] = (await register(township, '反映村办企业拖欠工资')).id;
  const assigned = (await register(reception, '反映用人单位未签劳动合同')).id;
  await act(reception, assigned, 'ASSIGN', { handlingUnitId, feedbackDays: 15 });
  cases['assigned'] = assigned;
  const objected = (await register(reception, '反映用人单位克扣加班费')).id;
  await act(reception, objected, 'ASSIGN', { handlingUnitId, feedbackDays: 15 });
  await act(handler, objected, 'OBJECT', { note: '该事项属于劳动仲裁受理范围，不属于本单位职责' });
  cases['objected'] = objected;
  const inProgress = (await register(reception, '反映用人单位未缴纳工伤保险')).id;
  await act(reception, inProgress, 'ASSIGN', { handlingUnitId, feedbackDays: 15 });
  await act(handler, inProgress, 'ACCEPT');
  await act(handler, inProgress, 'START_HANDLING');
  await act(supervisor, inProgress, 'SUPERVISE', { supervisionLevel: 'YELLOW', note: '请加快办理并书面反馈' });
  cases['inProgress'] = inProgress;
  const extension = (await register(reception, '反映用人单位拖欠经济补偿金')).id;
  await act(reception, extension, 'FORWARD', { handlingUnitId });
  await act(handler, extension, 'ACCEPT');
  await act(handler, extension, 'START_HANDLING');
  await act(handler, extension, 'REQUEST_EXTENSION', { note: '涉及人员较多，需逐一核实', extensionDays: 15 });
  cases['extensionRequested'] = extension;
  cases['replied'] = await replied('反映用人单位拖欠高温补贴', 'ASSIGN');
  const delivered = await replied('反映用人单位拖欠年终奖金', 'FORWARD');
  await deliver(handler, delivered, 'ACCEPTANCE');
  await deliver(handler, delivered, 'HANDLING_OPINION');
  cases['replyDelivered'] = delivered;
  const review = await replied('反映用人单位违法解除劳动合同', 'FORWARD');
  await deliver(handler, review, 'HANDLING_OPINION');
  await act(reception, review, 'REQUEST_REVIEW');
  await act(reception, review, 'ACCEPT_REVIEW');
  cases['reviewAccepted'] = review;
  const rereview = await replied('反映用人单位拖欠医疗费', 'FORWARD');
  await deliver(handler, rereview, 'HANDLING_OPINION');
  await act(reception, rereview, 'REQUEST_REVIEW');
  await act(reception, rereview, 'ACCEPT_REVIEW');
  await act(reception, rereview, 'REPLY_REVIEW', { ...reply, reviewOrgan: '巨鹿县人民政府', opinionNo: '巨政复〔2026〕1号' });
  await deliver(reception, rereview, 'REVIEW_OPINION');
  await act(reception, rereview, 'REQUEST_REREVIEW');
  await act(reception, rereview, 'ACCEPT_REREVIEW');
  cases['rereviewAccepted'] = rereview;

  const flagged = await register(reception, '反映劳动争议仲裁裁决未执行');
  await call(reception, 'POST', `/api/diversion/cases/${flagged.id}/flag`, { reason: '属于劳动仲裁裁决执行事项' });
  return { cases, flaggedCaseNo: flagged.caseNo };
}

/** A hotspot, an incident, a backlog case, a 劝返 record and a 敏感节点 for the detail pages and their dialogs. */
async function seedRecords(): Promise<Records> {
  const admin = await login('admin');
  const units = (await call(admin, 'GET', '/api/org-units')) as unknown as { id: string; name: string; type: string }[];
  const townshipId = units.find((u) => u.name === '巨鹿镇')?.id;
  const { cases, flaggedCaseNo } = await seedCases(units);
  const supervisor = await login('supervisor');
  const today = chinaDate(new Date());
  const hotspot = await call(supervisor, 'POST', '/api/hotspots', {
    foundOn: today,
    foundBy: '县信访局',
    reportingOrg: '巨鹿镇',
    townshipId,
    categoryCode: '04',
    description: '西关村宅基地纠纷，两户村民多次争执',
    mainDemand: '确认宅基地边界',
    peopleInvolved: 6,
    groupType: '村民',
    possibleDirection: 'CITY',
    riskLevel: 2,
    leaderInCharge: '李副县长',
    responsibleOrg: '巨鹿镇人民政府',
    responsiblePerson: '王干事',
    stabilityPerson: '赵干事',
    measuresResolve: '组织测量，依法确权',
    measuresStability: '包户稳控',
    deadlineDays: 30,
  });
  const incident = await call(await login('township'), 'POST', '/api/incidents', {
    title: '村民聚集村委会门前',
    discoveredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    level: 'GENERAL',
    nature: 'GATHERING',
    townshipId,
    placeDetail: '巨鹿镇东关村村委会',
    peopleCount: 8,
    description: '8 名村民因土地流转费聚集，镇干部已到场。',
  });
  const backlog = await call(supervisor, 'POST', '/api/backlog-cases', {
    title: '东关村土地流转费积案',
    origin: 'LOCAL_SCREENING',
    townshipId,
    linkedCaseIds: [],
    leader: '李副县长',
    responsibleOrg: '巨鹿镇人民政府',
    team: '王干事、赵干事',
    task: '核实流转费标准并兑付',
    responsibility: '巨鹿镇人民政府负责化解',
    plan: '一案一策：分户核实，分批兑付',
    deadline: addDays(today, 30),
    supervisionLevel: null,
  });

  // 劝返 record and 敏感节点 for the administrator's duty records.
  const me = await call(admin, 'GET', '/api/auth/me');
  await call(admin, 'POST', '/api/duty/escorts', {
    unitId: me['orgUnitId'],
    kind: 'PERSUADE',
    caseId: cases['registeredByReception'],
    petitionerNames: '弹窗巡检',
    peopleCount: 1,
    foundAt: new Date().toISOString(),
    place: '市政府门前广场',
    placeKind: 'NON_RECEPTION_SITE',
    matter: '拖欠工资',
    staff: ['李接待'],
    leaderName: '王督查',
    voluntary: true,
    voluntarinessNote: '经劝说自愿返回',
  });
  await call(admin, 'POST', '/api/duty/periods', {
    name: '弹窗巡检节点',
    level: 3,
    scope: 'COUNTY',
    startOn: addDays(today, 3),
    endOn: addDays(today, 4),
    shiftPattern: 'H24',
    reportDueTime: '16:30',
  });

  // A township of its own (no other spec's roster there): an officer on duty, a colleague, a pending 替班.
  const dutyTownship = units.find((u) => u.type === 'TOWNSHIP' || (u.type === 'TOWN' && u.name !== '巨鹿镇'));
  if (!dutyTownship) throw new Error('no second township');
  // Login names of digits: the audit log names them, and the page sweep reads no Latin word there.
  const suffix = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  const [officerName, colleagueName] = [`7${suffix}1`, `7${suffix}2`];
  const password = 'Sweep-duty-2026-password';
  const officer = await call(admin, 'POST', '/api/users', { username: officerName, password, displayName: '孙干事', role: 'TOWNSHIP_OFFICER', orgUnitId: dutyTownship.id });
  const colleague = await call(admin, 'POST', '/api/users', { username: colleagueName, password, displayName: '周干事', role: 'TOWNSHIP_OFFICER', orgUnitId: dutyTownship.id });
  const roster = await call(admin, 'POST', '/api/duty/rosters', {
    unitId: dutyTownship.id,
    dateFrom: today,
    dateTo: addDays(today, 3),
    pattern: 'H24',
    dayStart: '08:00',
    leaderIds: [officer['id']],
    staffIds: [],
    staffPerShift: 0,
    dutyPhone: '0319-4321001',
  });
  await call(admin, 'POST', `/api/duty/rosters/${String(roster['id'])}/publish`);
  const signedIn = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: officerName, password }),
  });
  const officerToken = ((await signedIn.json()) as { accessToken: string }).accessToken;
  const shifts = (await call(officerToken, 'GET', `/api/duty/shifts?unitId=${dutyTownship.id}&month=${addDays(today, 2).slice(0, 7)}`)) as unknown as {
    id: string;
    date: string;
  }[];
  const shift = shifts.find((s) => s.date === addDays(today, 2));
  if (!shift) throw new Error('no shift to swap');
  await call(officerToken, 'POST', '/api/duty/swaps', {
    kind: 'SUBSTITUTE',
    shiftId: shift.id,
    fromUserId: officer['id'],
    toUserId: colleague['id'],
    reason: '家中有事，请周干事替班',
  });

  return {
    cases,
    flaggedCaseNo,
    hotspotId: String(hotspot['id']),
    incidentId: String(incident['id']),
    backlogNo: String(backlog['backlogNo']),
    dutyUser: { username: officerName, password },
  };
}

/** Opens a page and waits for a test id on it. */
async function visit(page: Page, route: string, testId: string): Promise<void> {
  await page.goto(`${baseUrl}${route}`);
  await page.getByTestId(testId).first().waitFor();
}

/** The seeded 2020 project the supervisor sweeps (its code, as the projects list names its row). */
const BUDGET_PROJECT = 'project-13052924P00584012421X';

/**
 * Shows the 2020 projects: the list opens on the latest year, which is 2021 once the budget spec
 * has created a project there on the same system.
 */
async function showBudgetProject(page: Page): Promise<void> {
  await page.locator('[data-testid^="project-"]').first().waitFor();
  if (!(await page.getByTestId(BUDGET_PROJECT).isVisible())) {
    await page.getByTestId('budget-year').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '2020年' }).click();
  }
  await page.getByTestId(BUDGET_PROJECT).waitFor();
}

/** Clicks a button and waits until a dialog is open. */
async function openWith(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId).first();
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await page.locator(DIALOG_ROOT).first().waitFor();
}

/** The dialogs the buttons matching `selector` on a page open, named by the buttons' test ids. */
async function dialogsOf(page: Page, route: string, ready: string, selector: string, name: (testId: string) => string): Promise<Swept[]> {
  await page.setViewportSize(DESKTOP);
  await visit(page, route, ready);
  await settled(page);
  const ids = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.map((testId) => ({
    name: name(testId),
    kind: 'dialog' as const,
    open: async (p: Page) => {
      await visit(p, route, ready);
      await settled(p);
      await openWith(p, testId);
    },
  }));
}

/**
 * The dialogs of a case page open to this user: each transition it offers (受理, 转送, 答复, 复查…),
 * each 送达 of a notice not yet delivered, each 回访 evaluation it may record.
 */
async function caseDialogs(page: Page, caseId: string): Promise<Swept[]> {
  const buttons = '[data-testid^="wf-action-"], [data-testid^="wf-notice-deliver-"], [data-testid^="wf-evaluation-record-"]';
  return dialogsOf(page, `/cases/${caseId}`, 'wf-state', buttons, (id) => `case-${id.replace(/^wf-(action-)?/, '')}`);
}

/** The phone menu (a drawer), opened by its toggle. */
const MENU_DRAWER: Swept = {
  name: 'menu',
  kind: 'dialog',
  open: async (page) => {
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('shell-menu-toggle').click();
    await page.getByTestId('shell-drawer').waitFor();
  },
};

/** What each user sweeps beyond the case dialogs. */
async function otherViews(page: Page, user: string, r: Records): Promise<Swept[]> {
  const dialog = (name: string, route: string, ready: string, button: string): Swept => ({
    name,
    kind: 'dialog',
    open: async (page) => {
      await visit(page, route, ready);
      await settled(page);
      await openWith(page, button);
    },
  });
  const detail = (name: string, route: string, ready: string, then?: (page: Page) => Promise<void>): Swept => ({
    name,
    kind: 'page',
    open: async (page) => {
      await visit(page, route, ready);
      if (then) await then(page);
    },
  });
  switch (user) {
    case 'reception':
      return [
        dialog('diversion-decide', '/diversion', `diversion-case-${r.flaggedCaseNo}`, `diversion-other-${r.flaggedCaseNo}`),
        dialog('diversion-consult', '/diversion', `diversion-case-${r.flaggedCaseNo}`, `diversion-consult-${r.flaggedCaseNo}`),
      ];
    case 'township':
      return [detail('incident-detail', `/incidents/${r.incidentId}`, 'incident-detail')];
    case 'supervisor':
      return [
        detail('hotspot-detail', `/hotspots/${r.hotspotId}`, 'hotspot-fields'),
        ...(await dialogsOf(page, `/hotspots/${r.hotspotId}`, 'hotspot-fields', '[data-testid^="hotspot-action-"]', (id) => id)),
        dialog('hotspot-to-incident', `/hotspots/${r.hotspotId}`, 'hotspot-fields', 'hotspot-to-incident'),
        dialog('backlog-new', '/backlog', `backlog-item-${r.backlogNo}`, 'backlog-new'),
        dialog('backlog-detail', '/backlog', `backlog-item-${r.backlogNo}`, `backlog-item-${r.backlogNo}`),
        detail('budget-project', '/budget/projects', 'budget-year', async (page) => {
          await showBudgetProject(page);
          await page.getByTestId(BUDGET_PROJECT).click();
          await page.getByTestId('goal-rows').waitFor();
        }),
        {
          name: 'budget-actual',
          kind: 'dialog',
          open: async (page) => {
            await visit(page, '/budget/projects', 'budget-year');
            await showBudgetProject(page);
            await page.getByTestId(BUDGET_PROJECT).click();
            await page.getByTestId('goal-rows').waitFor();
            await settled(page);
            await openWith(page, 'enter-actual');
          },
        },
      ];
    case 'admin':
      return [
        detail('org-unit', '/admin/org', 'org-row-巨鹿镇', async (page) => {
          await page.getByTestId('org-row-巨鹿镇').click();
          await page.getByTestId('org-detail-name').filter({ hasText: '巨鹿镇' }).waitFor();
        }),
        ...(await dialogsOf(page, '/admin/diversion-rules', 'rules-table', '[data-testid^="rule-edit-"]', () => 'diversion-rule-edit')).slice(0, 1),
        detail('duty-escort-edit', '/duty/records', 'escort-edit', async (page) => {
          await page.getByTestId('escort-edit').first().click();
          await page.getByTestId('escort-form').first().waitFor();
        }),
        detail('duty-period-edit', '/duty/records', 'escort-edit', async (page) => {
          await page.locator('.ant-tabs-tab').filter({ hasText: '敏感节点' }).click();
          await page.locator('tr').filter({ hasText: '弹窗巡检节点' }).getByTestId('period-edit').click();
          await page.getByTestId('period-save').waitFor();
        }),
        {
          name: 'duty-period-delete',
          kind: 'dialog',
          open: async (page) => {
            await visit(page, '/duty/records', 'escort-edit');
            await page.locator('.ant-tabs-tab').filter({ hasText: '敏感节点' }).click();
            await page.locator('tr').filter({ hasText: '弹窗巡检节点' }).getByTestId('period-delete').click();
            await page.locator(DIALOG_ROOT).first().waitFor();
          },
        },
      ];
    default:
      return [];
  }
}

/** The 换班 card, the 零报告 confirmation and the swap approval of a township officer on duty. */
const DUTY_VIEWS: Swept[] = [
  { name: 'duty-swap', kind: 'page', open: async (page) => visit(page, '/duty/today', 'swap-item') },
  { name: 'duty-zero-report', kind: 'dialog', open: async (page) => (await visit(page, '/duty/today', 'duty-zero-report'), openWith(page, 'duty-zero-report')) },
  { name: 'duty-swap-approval', kind: 'page', open: async (page) => visit(page, '/duty/rosters', 'swap-approve') },
];

/**
 * Sweeps one dialog or detail page at 1366×768, then (still open) at 390×844 and 360 px for the
 * sideways check: a screenshot of each size under test-results/pages/<folder>/, and the page
 * sweep's findings. The phone menu is only swept at phone size.
 */
async function sweep(page: Page, folder: string, item: Swept, findings: string[]): Promise<void> {
  const root = item.kind === 'dialog' ? DIALOG_ROOT : PAGE_ROOT;
  const file = item.kind === 'dialog' ? `dialog-${item.name}` : item.name;
  const sizes = item === MENU_DRAWER ? [PHONE] : [DESKTOP, PHONE];
  await page.setViewportSize(sizes[0]);
  await item.open(page);
  for (const viewport of sizes) {
    const size = String(viewport.width);
    await page.setViewportSize(viewport);
    await layoutFor(page, viewport.width);
    await settled(page);
    await page.screenshot({ path: shotPath(folder, file, size), fullPage: item.kind === 'page' });
    for (const raw of rawTextFindings(await renderedText(page, root))) findings.push(`${file} @${size}: ${raw}`);
    for (const control of await unlabelledControls(page, root)) findings.push(`${file} @${size}: unlabelled ${control}`);
    if (viewport !== PHONE) continue;
    for (const pair of await touchingButtons(page, root)) findings.push(`${file} @390: buttons touch ${pair}`);
    for (const label of await detachedLabels(page, root)) findings.push(`${file} @390: label below its box ${label}`);
    findings.push(...(await phoneFindings(page, file, root, item.kind === 'dialog')));
  }
}

/** Which cases each user opens for their dialogs. */
const CASES_OF: Record<string, string[]> = {
  reception: ['registeredByReception', 'objected', 'replyDelivered', 'reviewAccepted', 'rereviewAccepted'],
  township: ['registeredByTownship', 'replyDelivered'],
  handler: ['assigned', 'inProgress', 'replied'],
  handlerhead: ['extensionRequested'],
  supervisor: ['inProgress', 'replyDelivered'],
  admin: [],
};

/**
 * Issue 17 (day-one usability), beyond the page sweep: the dialogs, drawers and detail pages each
 * role opens — every transition dialog of the case page a role is offered in the states a case
 * passes through, 送达 and 回访, the hotspot, incident and budget project pages and their dialogs,
 * the duty dialogs (换班, 劝返, 零报告), the org and diversion-rule editors and the phone menu —
 * at 1366×768 and 390×844 (and 360 px), each kept as test-results/pages/<user>/dialog-<name>-<size>.png
 * (a detail page as <name>-<size>.png). Same findings as the page sweep — sideways scroll, raw codes
 * or English (in what a screen reader is told too), controls without an accessible name, phone
 * targets under 44 px, tables not shown as cards, clipped text, script errors — and two more on a
 * phone: buttons touching each other, a checkbox's label wrapped below its box.
 */
describe('dialog sweep: every dialog, drawer and detail page of every role at desktop and phone size, in headless Chromium', () => {
  let browser: Browser;
  let records: Records;

  beforeAll(async () => {
    records = await seedRecords();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    // The township's own case would wait in its 我的工作, which other specs expect empty: it is decided (不予受理).
    const township = await login('township');
    const caseId = records.cases['registeredByTownship'];
    const { version } = await call(township, 'GET', `/api/cases/${caseId}/workflow`);
    await call(township, 'POST', `/api/cases/${caseId}/transitions`, {
      action: 'NOT_ACCEPT',
      expectedVersion: version,
      note: '不属于信访事项受理范围',
      competentOrgan: '县劳动人事争议仲裁委员会',
    });
  });

  const run = (username: string, password: string, folder: string, list: (page: Page) => Promise<Swept[]>): Promise<void> =>
    sweepAs(browser, baseUrl, username, password, async (page) => {
      const items = await list(page);
      expect(items.length).toBeGreaterThan(0);
      const findings: string[] = [];
      for (const item of items) await sweep(page, folder, item, findings);
      return findings;
    });

  for (const user of Object.keys(CASES_OF)) {
    it(`Issue 17: ${user}: each dialog, drawer and detail page fits 390 and 360 px, shows no raw text, has 44 px targets on a phone`, async () => {
      await run(user, demoPassword, user, async (page) => {
        const items: Swept[] = [];
        for (const key of CASES_OF[user]) {
          for (const d of await caseDialogs(page, records.cases[key])) if (!items.some((i) => i.name === d.name)) items.push(d);
        }
        return [...items, ...(await otherViews(page, user, records)), MENU_DRAWER];
      });
    }, 600_000);
  }

  it('Issue 17: a township officer on duty: the 换班 card, the 零报告 confirmation and the swap approval fit a phone', async () => {
    await run(records.dutyUser.username, records.dutyUser.password, 'township', async () => DUTY_VIEWS);
  }, 300_000);
});
