// Demo cases for a fresh `npm start`: created through the running API as the demo users would, so
// every rule, clock, notice and audit row is real. Runs once, right after the first seed, with the
// demo duty roster, an incident and a hotspot (demo-duty.mjs).
import { seedDemoLedgers, seedDemoRoster } from './demo-duty.mjs';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A resident ID number with a valid GB 11643 check character. */
function residentId(body17) {
  const sum = [...body17].reduce((s, d, i) => s + WEIGHTS[i] * Number(d), 0);
  return body17 + CHECK[sum % 11];
}

async function client(baseUrl, username, password) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`demo login ${username}: ${login.status}`);
  const { accessToken } = await login.json();
  const call = async (method, path, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${username} ${method} ${path}: ${res.status} ${json?.message ?? ''}`);
    return json;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    /** One workflow action, at the case's current version. */
    act: async (caseId, body) => {
      const { version } = await call('GET', `/api/cases/${caseId}/workflow`);
      return call('POST', `/api/cases/${caseId}/transitions`, { expectedVersion: version, ...body });
    },
    deliver: (noticeId) => call('POST', `/api/notices/${noticeId}/delivery`, { method: 'IN_PERSON', deliveredAt: new Date().toISOString() }),
  };
}

const CASES = [
  { town: '巨鹿镇', name: '张秀兰', id: '13052919620304002', title: '申请核查新农合报销比例', category: '10', request: '请求核查住院报销比例是否符合政策', steps: [] },
  { town: '巨鹿镇', name: '李建国', id: '13052919700815003', title: '拖欠农民工工资', category: '03', request: '请求督促建筑公司支付2025年度工资', steps: ['forward'] },
  { town: '王虎寨镇', name: '王志强', id: '13052919851122001', title: '工伤认定进度', category: '03', request: '请求尽快作出工伤认定结论', steps: ['forward', 'accept', 'start', 'supervise'] },
  { town: '巨鹿镇', name: '赵桂芝', id: '13052919580101004', title: '道路积水影响出行', category: '01', request: '请求修缮村内排水沟', steps: ['acceptHere', 'start', 'reply'] },
  { town: '西郭城镇', name: '刘明', id: '13052919900606005', title: '劳动合同解除补偿争议', category: '03', request: '请求支付解除劳动合同经济补偿', steps: ['notAccept'] },
  { town: '巨鹿镇', name: '陈玉梅', id: '13052919750312006', title: '养老保险待遇核定', category: '03', request: '请求重新核定养老保险待遇', steps: ['forward', 'accept'] },
  { town: '王虎寨镇', name: '周国华', id: '13052919680920007', title: '失业保险金发放', category: '03', request: '请求尽快发放失业保险金', steps: ['assign'] },
  { town: '巨鹿镇', name: '吴海燕', id: '13052919820527008', title: '村内路灯损坏', category: '01', request: '请求修复村内路灯', steps: ['acceptHere', 'start', 'reply', 'close'] },
  { town: '西郭城镇', name: '郑志刚', id: '13052919791105009', title: '宅基地审批答复不服', category: '01', request: '请求重新审查宅基地申请', steps: ['acceptHere', 'start', 'reply', 'requestReview'] },
  { town: '巨鹿镇', name: '孙立新', id: '13052919660718010', title: '民间借贷纠纷', category: '01', request: '请求帮助追回借款', steps: ['divert'] },
];

/**
 * The demo roster and ledgers, then the demo cases, walked along the workflow so that the lifecycle's
 * stages each have one (登记, 转送, 交办, 受理, 办理中 with 督办, 答复, 办结, 复查申请, 不予受理, 分流);
 * returns a lookup to show.
 */
export async function seedDemoCases(baseUrl, password) {
  const township = await client(baseUrl, 'township', password);
  await seedDemoRoster(township);
  await seedDemoLedgers(township);
  const reception = await client(baseUrl, 'reception', password);
  const handler = await client(baseUrl, 'handler', password);
  const supervisor = await client(baseUrl, 'supervisor', password);
  const units = await reception.get('/api/org-units');
  const unitId = (name) => units.find((u) => u.name === name)?.id;
  const hrBureau = unitId('县人力资源和社会保障局');
  let lookup = null;
  for (const c of CASES) {
    const townshipId = unitId(c.town);
    if (!townshipId) continue;
    const idNumber = residentId(c.id);
    const person = await reception.post('/api/petitioners', { name: c.name, idType: 'RESIDENT_ID', idNumber, townshipId });
    const { case: created, queryCode } = await reception.post('/api/cases', {
      channel: 'LETTER', receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), source: 'DIRECT', matterType: 'APPEAL', categoryCode: c.category, title: c.title, mainRequest: c.request,
      townshipId, peopleCount: 1, petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
    });
    for (const step of c.steps) {
      if (step === 'forward') await reception.act(created.id, { action: 'FORWARD', handlingUnitId: hrBureau });
      if (step === 'accept') {
        const view = await handler.act(created.id, { action: 'ACCEPT' });
        await handler.deliver(view.notices.at(-1).id);
      }
      if (step === 'acceptHere') {
        const view = await reception.act(created.id, { action: 'ACCEPT' });
        await reception.deliver(view.notices.at(-1).id);
      }
      if (step === 'start') await (c.steps.includes('acceptHere') ? reception : handler).act(created.id, { action: 'START_HANDLING' });
      if (step === 'supervise') await supervisor.act(created.id, { action: 'SUPERVISE', supervisionLevel: 'YELLOW', note: '工伤认定超过常规时限，请加快办理' });
      if (step === 'reply') {
        const view = await reception.act(created.id, { action: 'REPLY', outcome: 'SUPPORTED', note: `已协调镇政府办理：${c.request}`, legalBasis: '《信访工作条例》第三十二条' });
        await reception.deliver(view.notices.at(-1).id);
        if (!lookup) lookup = { queryCode, last4: idNumber.slice(-4), title: c.title };
      }
      if (step === 'assign') await reception.act(created.id, { action: 'ASSIGN', handlingUnitId: hrBureau, feedbackDays: 30 });
      if (step === 'close') await reception.act(created.id, { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' });
      if (step === 'requestReview') await reception.act(created.id, { action: 'REQUEST_REVIEW' });
      if (step === 'divert') {
        const { version } = await reception.get(`/api/cases/${created.id}/workflow`);
        await reception.post(`/api/diversion/cases/${created.id}/decision`, { expectedVersion: version, route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '民间借贷纠纷属人民法院受理的民事案件，告知通过诉讼解决' });
      }
      if (step === 'notAccept') {
        const view = await reception.act(created.id, { action: 'NOT_ACCEPT', note: '该事项属于劳动争议，应当通过劳动仲裁解决', competentOrgan: '巨鹿县劳动人事争议仲裁委员会' });
        await reception.deliver(view.notices.at(-1).id);
      }
    }
  }
  return lookup;
}
