// `npm run bench -- intake-load`: case registration under load (issue 19). One registration is what
// the intake form sends for a new petitioner: POST /api/petitioners, then POST /api/cases, each with
// its own Idempotency-Key. Every figure sits next to baselines measured in the same run, at the same
// concurrency: the trivial authenticated request (GET /api/auth/me), and registrations written
// straight to PostgreSQL through a pg Pool (intake-load-sql.mjs): issue 19's baseline with the case
// number taken first, the same rows with it taken last, and the API's own statements. Then the API
// meets an open loop at half its peak rate, for the latency a steady stream of clerks would see.
// The machine's load average is printed with each row: the ratios are what compare across machines.
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { log, runPartOnCases } from './harness.mjs';
import { apiStatements, numberLast, numberLastOneStatement, oldOrder } from './intake-load-sql.mjs';
import { closedLoop, fixed, openLoop, percentiles, printRows } from './load-tools.mjs';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');

const CASES = Number(process.env.BENCH_CASES || 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2_000);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY || '8,16').split(',').map(Number);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS || 20);

/** A valid 18-digit resident ID (GB 11643 check digit) born `n` days after 1950-01-01. */
function residentId(n) {
  const birth = new Date(Date.UTC(1950, 0, 1) + (n % 20_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `130529${birth}${String(100 + Math.floor(n / 20_000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

const load = () => loadavg()[0].toFixed(2);

async function run({ base, db, login, get, startExtraApi }) {
  // Signed in again before each row: on a loaded machine a run outlasts the 15-minute access token.
  let token = await login('reception');
  const julu = (await get('/api/org-units', token)).find((u) => u.name === '巨鹿镇').id;
  const [{ id: clerkId }] = (await db.query(`SELECT id FROM app_user WHERE username = 'reception'`)).rows;
  const [{ family_id: sessionId }] = (await db.query(`SELECT family_id FROM auth_refresh_token WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [clerkId])).rows;
  const { host, port, user, password, database } = db.connectionParameters;
  const pool = new Pool({ host, port, user, password, database, max: Math.max(...CONCURRENCY) });
  pool.on('error', () => undefined); // an idle client's server going away at the end; queries report their own errors
  let serial = 0;
  const send = async (path, body, at = base) => {
    const r = await fetch(`${at}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const viaApi = async (at = base) => {
    const n = serial++;
    const person = await send(
      '/api/petitioners',
      { name: `压测信访人${n}`, idType: 'RESIDENT_ID', idNumber: residentId(n), mobile: `139${String(n).padStart(8, '0')}`, townshipId: julu },
      at,
    );
    await send(
      '/api/cases',
      {
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '04',
        title: `反映土地承包纠纷${n}`,
        mainRequest: '请求确认承包地边界',
        townshipId: julu,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
      },
      at,
    );
  };
  const viaSql = (write) => () => {
    const n = serial++;
    return write(pool, { n, idNumber: residentId(n), townshipId: julu, clerkId, sessionId });
  };
  const trivial = () => get('/api/auth/me', token);

  const rows = [];
  const failures = [];
  const peaks = [];
  const measure = async (label, concurrency, fn, warmUp = 20) => {
    token = await login('reception');
    for (let i = 0; i < warmUp; i++) await fn();
    log(`${label}, ${concurrency} in flight…`);
    const before = load();
    const result = await closedLoop(concurrency, REQUESTS, fn);
    failures.push(...result.errors);
    const p = percentiles(result.samples);
    const row = [`${label}, ${concurrency} in flight`, p.n, fixed(result.perSecond, 0), fixed(p.p50), fixed(p.p99), `${before}→${load()}`];
    rows.push(row);
    log(`… ${row.slice(1).join(' | ')}`); // also now: a later failure must not lose the rows measured
    return { perSecond: result.perSecond, row };
  };
  for (const concurrency of CONCURRENCY) {
    const me = await measure('(b) GET /api/auth/me (trivial request)', concurrency, trivial);
    const old = await measure('(a0) SQL, issue 19 baseline: number first', concurrency, viaSql(oldOrder));
    const last = await measure('(a1) SQL, same rows: number last', concurrency, viaSql(numberLast));
    const folded = await measure('(a2) SQL, same rows: number, audit, event in one statement', concurrency, viaSql(numberLastOneStatement));
    const exact = await measure("(a) SQL, the API's statements: number last", concurrency, viaSql(apiStatements));
    const api = await measure('API: petitioner + case', concurrency, () => viaApi());
    peaks.push(api.perSecond);
    for (const r of [old, last, folded, exact, api]) r.row.push(fixed(r.perSecond / exact.perSecond, 2));
    me.row.push('');
    last.row.push(`a1/a0 ${fixed(last.perSecond / old.perSecond, 1)}×`);
    folded.row.push(`a2/a0 ${fixed(folded.perSecond / old.perSecond, 1)}×`);
    api.row.push(`API/a ${fixed((100 * api.perSecond) / exact.perSecond, 0)}%`);
    for (const r of [me, old, exact]) r.row.push('');
  }
  await pool.end();

  // Scale-out (issue 19.6): the same registrations spread over two API processes on the same
  // PostgreSQL and Redis (alternating, as a round-robin proxy would), against one, at the highest
  // concurrency. Two must register at least as many per second as one.
  const most = Math.max(...CONCURRENCY);
  const second = await startExtraApi();
  let turn = 0;
  const one = await measure('API, one process', most, () => viaApi(base));
  const two = await measure('API, two processes (round robin)', most, () => viaApi(turn++ % 2 === 0 ? base : second));
  one.row.push('', '');
  two.row.push('', `two/one ${fixed(two.perSecond / one.perSecond, 2)}×`);
  const scaleOk = two.perSecond >= one.perSecond;

  // Half the API's peak, as a steady arrival rate (open loop: a slow answer does not slow the arrivals).
  const rate = Math.max(1, Math.round(Math.max(...peaks) / 2));
  log(`open loop at ${rate} registrations/s for ${OPEN_SECONDS} s…`);
  const before = load();
  const open = await openLoop(rate, OPEN_SECONDS, async () => {
    try {
      await viaApi();
      return { kind: 'register', status: 201 };
    } catch (error) {
      failures.push(error);
      return { kind: 'register', status: 'error' };
    }
  });
  const ok = open.records.filter((r) => r.status === 201);
  const o = percentiles(ok.map((r) => r.ms));
  rows.push([`API at half its peak: ${rate}/s arriving (open loop)`, o.n, fixed((ok.length / open.ms) * 1000, 0), fixed(o.p50), fixed(o.p99), `${before}→${load()}`, '', '']);

  const [{ n: gaps, dupes }] = (
    await db.query(
      `SELECT count(*) - (max(case_seq) - min(case_seq) + 1) AS n, count(*) - count(DISTINCT case_seq) AS dupes
       FROM petition_case WHERE case_year = (SELECT max(case_year) FROM petition_case)`,
    )
  ).rows;
  printRows(
    `Intake under load: ${REQUESTS.toLocaleString()} registrations per closed-loop row on ${CASES.toLocaleString()} loaded cases (ms; ÷a = registrations/s ÷ row (a) of the same concurrency; load = 1-minute load average before→after)`,
    ['measure', 'n', 'per s', 'p50', 'p99', 'load', '÷a', 'note'],
    rows,
  );
  console.log(
    `\ncase numbers of the year: ${Number(gaps) === 0 && Number(dupes) === 0 ? 'gap-free and distinct' : `${gaps} gaps, ${dupes} duplicates`}; errors: ${failures.length}`,
  );
  console.log(`two API processes against one: ${scaleOk ? 'at least as many registrations per second' : 'FEWER registrations per second'}`);
  if (failures.length > 0) throw failures[0];
  if (!scaleOk) throw new Error('two API processes registered fewer cases per second than one');
}

await runPartOnCases('intake-load', CASES, run);
