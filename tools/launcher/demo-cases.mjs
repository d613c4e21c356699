// Demo cases for a fresh `npm start`: created through the running API as the demo users would, so
// every rule, clock, notice and audit row is real. Runs once, right after the first seed.

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
];

/** Registers the demo cases and walks some of them along the workflow; returns a lookup to show. */
export async function seedDemoCases(baseUrl, password) {
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
        const view = await reception.act(created.id, { action: 'REPLY', outcome: 'SUPPORTED', note: '已协调镇政府于本月内修缮排水沟', legalBasis: '《信访工作条例》第三十二条' });
        await reception.deliver(view.notices.at(-1).id);
        lookup = { queryCode, last4: idNumber.slice(-4), title: c.title };
      }
      if (step === 'notAccept') {
        const view = await reception.act(created.id, { action: 'NOT_ACCEPT', note: '该事项属于劳动争议，应当通过劳动仲裁解决', competentOrgan: '巨鹿县劳动人事争议仲裁委员会' });
        await reception.deliver(view.notices.at(-1).id);
      }
    }
  }
  return lookup;
}
