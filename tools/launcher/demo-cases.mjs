// Demo cases for a fresh `npm start`: created through the running API as the demo users would, so
// every rule, clock, notice and audit row is real. Runs once, right after the first seed, with the
// demo duty roster, an incident and a hotspot (demo-duty.mjs); the cases are in demo-case-list.mjs.
import { DEMO_CASES } from './demo-case-list.mjs';
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
  const api = {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    /** One workflow action, at the case's current version. */
    act: async (caseId, body) => {
      const { version } = await call('GET', `/api/cases/${caseId}/workflow`);
      return call('POST', `/api/cases/${caseId}/transitions`, { expectedVersion: version, ...body });
    },
    deliver: (noticeId) => call('POST', `/api/notices/${noticeId}/delivery`, { method: 'IN_PERSON', deliveredAt: new Date().toISOString() }),
  };
  /** An action that issues a notice, then its delivery to the petitioner (by `deliverer`, the organ that serves it). */
  api.actAndDeliver = async (caseId, body, deliverer = api) => {
    const view = await api.act(caseId, body);
    await deliverer.deliver(view.notices.at(-1).id);
    return view;
  };
  return api;
}

/** The year of the opinion numbers the demo's 复查/复核机关 issue. */
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/**
 * Each step a user takes on a demo case, as that user (`as`: the desk, the unit the case went to,
 * its head, the bureau's leader). `handling` is whoever holds the case: the desk for a matter it
 * accepted itself, else the unit it was forwarded to. Notices are delivered as the organ would.
 */
const STEPS = {
  forward: ({ as, id, hrBureau }) => as.reception.act(id, { action: 'FORWARD', handlingUnitId: hrBureau }),
  assign: ({ as, id, hrBureau }) => as.reception.act(id, { action: 'ASSIGN', handlingUnitId: hrBureau, feedbackDays: 30 }),
  object: ({ as, id }) => as.handler.act(id, { action: 'OBJECT', note: '医疗保险关系转移接续属县医疗保障局职责，不属本单位职权范围' }),
  accept: ({ as, id }) => as.handler.actAndDeliver(id, { action: 'ACCEPT' }),
  acceptHere: ({ as, id }) => as.reception.actAndDeliver(id, { action: 'ACCEPT' }),
  start: ({ handling, id }) => handling.act(id, { action: 'START_HANDLING' }),
  supervise: ({ as, id }) => as.supervisor.act(id, { action: 'SUPERVISE', supervisionLevel: 'YELLOW', note: '工伤认定超过常规时限，请加快办理' }),
  requestExtension: ({ as, id }) => as.handler.act(id, { action: 'REQUEST_EXTENSION', extensionDays: 30, note: '需调取用人单位工资发放记录，情况复杂，申请延长办理期限' }),
  approveExtension: ({ as, id }) => as.handlerhead.actAndDeliver(id, { action: 'APPROVE_EXTENSION' }, as.handler),
  reply: ({ handling, id, c }) =>
    handling.actAndDeliver(id, { action: 'REPLY', outcome: 'SUPPORTED', note: `已协调镇政府办理：${c.request}`, legalBasis: '《信访工作条例》第三十二条' }),
  mediate: ({ handling, id }) => handling.act(id, { action: 'MEDIATE', settlementKind: 'MEDIATION', note: '经镇村两级调解，双方就界址达成一致并签订调解协议' }),
  close: ({ as, id }) => as.reception.act(id, { action: 'CLOSE', closeReason: 'PETITIONER_SATISFIED' }),
  requestReview: ({ as, id }) => as.reception.act(id, { action: 'REQUEST_REVIEW' }),
  acceptReview: ({ as, id }) => as.reception.act(id, { action: 'ACCEPT_REVIEW' }),
  replyReview: ({ as, id, n }) =>
    as.reception.actAndDeliver(id, {
      action: 'REPLY_REVIEW',
      outcome: 'NOT_SUPPORTED',
      note: '经复查，原处理意见认定事实清楚，维持原处理意见',
      reviewOrgan: '巨鹿县人民政府',
      opinionNo: `巨政复查〔${YEAR}〕${n}号`,
    }),
  requestRereview: ({ as, id }) => as.reception.act(id, { action: 'REQUEST_REREVIEW' }),
  acceptRereview: ({ as, id }) => as.reception.act(id, { action: 'ACCEPT_REREVIEW' }),
  startHearing: ({ as, id }) => as.reception.act(id, { action: 'START_HEARING' }),
  replyRereview: ({ as, id, n }) =>
    as.reception.actAndDeliver(id, {
      action: 'REPLY_REREVIEW',
      outcome: 'NOT_SUPPORTED',
      note: '经复核，维持复查意见',
      reviewOrgan: '邢台市人民政府',
      opinionNo: `邢政复核〔${YEAR}〕${n}号`,
    }),
  terminate: ({ as, id }) => as.reception.act(id, { action: 'TERMINATE' }),
  archive: ({ as, id }) => as.reception.act(id, { action: 'ARCHIVE' }),
  notAccept: ({ as, id }) =>
    as.reception.actAndDeliver(id, { action: 'NOT_ACCEPT', note: '该事项属于劳动争议，应当通过劳动仲裁解决', competentOrgan: '巨鹿县劳动人事争议仲裁委员会' }),
  divert: async ({ as, id, c }) => {
    const { version } = await as.reception.get(`/api/cases/${id}/workflow`);
    const { route, competentOrgan, note } = c.diversion;
    await as.reception.post(`/api/diversion/cases/${id}/decision`, { expectedVersion: version, route, competentOrgan, note });
  },
  rejectDuplicate: ({ as, id, prior }) =>
    as.reception.actAndDeliver(id, {
      action: 'REJECT_DUPLICATE',
      priorCaseId: prior,
      sameMatterConfirmed: true,
      noReacceptanceGround: 'IN_HANDLING',
      note: '与正在办理的工伤认定事项系同一信访人、同一事项，不再重复受理',
    }),
};

/**
 * The demo roster and ledgers, then the demo cases (demo-case-list.mjs), each walked along the
 * workflow by the users who would take its steps, so that every state of the lifecycle has one;
 * returns a lookup to show.
 */
export async function seedDemoCases(baseUrl, password) {
  const township = await client(baseUrl, 'township', password);
  await seedDemoRoster(township);
  await seedDemoLedgers(township);
  const as = {};
  for (const user of ['reception', 'handler', 'handlerhead', 'supervisor']) as[user] = await client(baseUrl, user, password);
  const units = await as.reception.get('/api/org-units');
  const unitId = (name) => units.find((u) => u.name === name)?.id;
  const hrBureau = unitId('县人力资源和社会保障局');
  /** The first case and petitioner of each person, for a later case of the same person. */
  const byPerson = new Map();
  let lookup = null;
  let n = 0;
  for (const c of DEMO_CASES) {
    const townshipId = unitId(c.town);
    if (!townshipId) continue;
    const first = c.samePersonAs ? byPerson.get(c.samePersonAs) : undefined;
    if (c.samePersonAs && !first) continue;
    const idNumber = first?.idNumber ?? residentId(c.id);
    const petitionerId = first?.petitionerId ?? (await as.reception.post('/api/petitioners', { name: c.name, idType: 'RESIDENT_ID', idNumber, townshipId })).id;
    const { case: created, queryCode } = await as.reception.post('/api/cases', {
      channel: 'LETTER',
      receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: c.category,
      title: c.title,
      mainRequest: c.request,
      townshipId,
      peopleCount: 1,
      petitioners: [{ petitionerId, role: 'PRIMARY' }],
    });
    if (!first) byPerson.set(c.name, { petitionerId, idNumber, caseId: created.id });
    n += 1;
    const handling = c.steps.includes('acceptHere') ? as.reception : as.handler;
    const ctx = { as, handling, id: created.id, c, n, hrBureau, prior: first?.caseId };
    for (const step of c.steps) await STEPS[step](ctx);
    if (!lookup && c.steps.includes('reply')) lookup = { queryCode, last4: idNumber.slice(-4), title: c.title };
  }
  return lookup;
}
