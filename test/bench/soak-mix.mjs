// The soak's request mix: what a working day of the bureau asks of the system, across roles.
// `mix(system)` returns `next(i)`, which sends request i and resolves to { kind, status }.
// Registered cases feed the transitions: reception forwards them to a county department, whose
// handler accepts them.
import { randomUUID } from 'node:crypto';

/** Twenty slots a cycle (20 req/s = one cycle a second); an export every EXPORT_EVERY requests. */
const CYCLE = [
  'register',
  'case list',
  'case page',
  'dashboard',
  'inbox',
  'case list',
  'transition',
  'register',
  'case page',
  'inbox',
  'dashboard',
  'case list',
  'transition',
  'case page',
  'register',
  'inbox',
  'case list',
  'transition',
  'case page',
  'dashboard',
];
const EXPORT_EVERY = 300;

export async function mix({ base, login, get }) {
  const tokens = {};
  let loggedInAt = 0;
  const refresh = async () => {
    for (const user of ['reception', 'supervisor', 'handler', 'township']) tokens[user] = await login(user);
    loggedInAt = Date.now();
  };
  await refresh();
  const units = await get('/api/org-units', tokens.supervisor);
  const julu = units.find((u) => u.name === '巨鹿镇').id;
  const towns = units.filter((u) => ['TOWN', 'TOWNSHIP'].includes(u.type)).map((u) => u.id);
  const hrBureau = units.find((u) => u.name === '县人力资源和社会保障局').id;
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const person = await (await send(base, 'POST', '/api/petitioners', tokens.reception, { name: '长稳测试', idType: 'OTHER', townshipId: julu })).json();
  const registered = []; // { id, version } waiting to be forwarded
  const forwarded = []; // waiting to be accepted
  const seen = []; // cases to open
  const exports = [];

  const requests = {
    register: async (i) => {
      const r = await send(
        base,
        'POST',
        '/api/cases',
        tokens.reception,
        {
          channel: ['VISIT', 'LETTER', 'ONLINE', 'PHONE'][i % 4],
          receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode: String(1 + (i % 18)).padStart(2, '0'),
          title: `长稳测试反映宅基地纠纷${i}`,
          mainRequest: '请求依法处理',
          townshipId: julu,
          peopleCount: 1,
          petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
        },
        true,
      );
      if (r.status === 201) {
        const { case: c } = await r.json();
        registered.push({ id: c.id, version: c.version ?? 1 });
        seen.push(c.id);
      } else await r.arrayBuffer();
      return r.status;
    },
    'case list': (i) => {
      const filters = ['', `&townshipId=${towns[i % towns.length]}`, `&keyword=${encodeURIComponent('土地')}`, '&status=REGISTERED'];
      return read(`/api/cases?limit=50${filters[i % filters.length]}`, tokens.supervisor);
    },
    'case page': async (i) => {
      const id = seen.length > 0 ? seen[i % seen.length] : null;
      if (!id) return read('/api/cases?limit=20', tokens.reception);
      const [a, b] = await Promise.all([read(`/api/cases/${id}`, tokens.reception), read(`/api/cases/${id}/workflow`, tokens.reception)]);
      return Math.max(a, b);
    },
    dashboard: (i) => (i % 2 === 0 ? read(`/api/indicators/dashboard?period=${month}`, tokens.supervisor) : read(`/api/indicators/dashboard?period=${month}`, tokens.township)),
    inbox: (i) => read('/api/work/inbox', i % 2 === 0 ? tokens.handler : tokens.reception),
    transition: async () => {
      const accepting = forwarded.length > 0 && forwarded.length >= registered.length;
      const item = accepting ? forwarded.shift() : registered.shift();
      if (!item) return read('/api/work/supervision', tokens.supervisor);
      const body = accepting ? { expectedVersion: item.version, action: 'ACCEPT' } : { expectedVersion: item.version, action: 'FORWARD', handlingUnitId: hrBureau };
      const r = await send(base, 'POST', `/api/cases/${item.id}/transitions`, accepting ? tokens.handler : tokens.reception, body, true);
      if (r.status === 201) {
        const view = await r.json();
        if (!accepting) forwarded.push({ id: item.id, version: view.version });
      } else await r.arrayBuffer();
      return r.status;
    },
    export: async (i) => {
      const r = await send(base, 'POST', '/api/exports', tokens.supervisor, { ledger: 'CASES', query: { townshipId: towns[i % towns.length] } });
      if (r.status === 201 || r.status === 202) exports.push((await r.json()).id);
      else await r.arrayBuffer();
      return r.status;
    },
  };
  const read = async (path, bearer) => {
    const r = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
    await r.arrayBuffer();
    return r.status;
  };

  const next = async (i) => {
    if (Date.now() - loggedInAt > 10 * 60_000) await refresh(); // access tokens last 15 minutes
    const kind = i % EXPORT_EVERY === EXPORT_EVERY - 1 ? 'export' : CYCLE[i % CYCLE.length];
    return { kind, status: await requests[kind](i) };
  };
  /** Every export requested during the soak, by its final status (waits for the worker to finish them). */
  const exportOutcomes = async () => {
    const outcomes = {};
    for (const id of exports) {
      for (let tries = 0; ; tries++) {
        const job = await get(`/api/exports/${id}`, tokens.supervisor);
        if (job.status === 'DONE' || job.status === 'FAILED' || tries > 600) {
          outcomes[job.status] = (outcomes[job.status] ?? 0) + 1;
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return outcomes;
  };
  return { next, exportOutcomes };
}

function send(base, method, path, bearer, body, idempotent = false) {
  return fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}`, ...(idempotent ? { 'Idempotency-Key': randomUUID() } : {}) },
    body: JSON.stringify(body),
  });
}
