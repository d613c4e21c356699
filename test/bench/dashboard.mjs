// `npm run bench dashboard`: the 指标 dashboard's snapshot reads at a fixed arrival rate (open loop:
// requests start on the clock, not when the previous one answers). The page reads the dashboard
// of the county or a township, the township comparison of the selected indicator and its trend.
// The baseline is GET /api/auth/me at the same rate, in the same run.
import { log, post, runPartOnCases } from './harness.mjs';
import { fixed, openLoop, percentiles, printRows } from './load-tools.mjs';

const CASES = Number(process.env.BENCH_CASES || 50_000);
const RATE = Number(process.env.BENCH_RATE || 200); // issue 19.5: p99 ≤ 20 ms at 200 req/s
const SECONDS = Number(process.env.BENCH_SECONDS || 30);

/** Asks for the year's recomputation and waits until the worker has worked off the dirty list. */
async function computeSnapshots(base, db, admin) {
  const r = await post(base, '/api/indicators/recompute', {}, admin);
  if (r.status !== 202) throw new Error(`recompute ${r.status} ${await r.text()}`);
  const { marked } = await r.json();
  log(`recomputing ${marked} (period, unit) snapshots…`);
  const started = Date.now();
  for (;;) {
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM indicator_dirty')).rows;
    if (n === 0) break;
    if (Date.now() - started > 15 * 60_000) throw new Error(`${n} snapshots still dirty after 15 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const [{ n: snapshots }] = (await db.query('SELECT count(*)::int AS n FROM indicator_snapshot')).rows;
  log(`${snapshots.toLocaleString()} snapshots in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return snapshots;
}

async function run({ base, db, login, get }) {
  const admin = await login('admin');
  const supervisor = await login('supervisor');
  const township = await login('township');
  const snapshots = await computeSnapshots(base, db, admin);
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const year = Number(month.slice(0, 4));
  const units = await get('/api/org-units', supervisor);
  const county = units.find((u) => u.type === 'COUNTY').id;
  const towns = units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)).map((u) => u.id);
  const { cards } = await get(`/api/indicators/dashboard?period=${month}`, supervisor);
  const codes = cards.map((c) => c.code);

  // What one visit of the page asks for, in turn: the county's and a township's dashboard (the
  // supervisor), a township officer's own dashboard, an indicator's comparison and trend.
  const pageReads = [
    () => ['dashboard (county)', supervisor, `/api/indicators/dashboard?period=${month}`],
    (i) => ['dashboard (a township, by the county)', supervisor, `/api/indicators/dashboard?period=${month}&unitId=${towns[i % towns.length]}`],
    () => ['dashboard (township officer)', township, `/api/indicators/dashboard?period=${month}`],
    (i) => ['township comparison', supervisor, `/api/indicators/${codes[i % codes.length]}/townships?period=${month}`],
    (i) => ['trend of the year', supervisor, `/api/indicators/${codes[i % codes.length]}/trend?unitId=${county}&year=${year}`],
  ];
  const fire = async ([kind, bearer, path]) => {
    const r = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
    await r.arrayBuffer();
    return { kind, status: r.status };
  };
  const phases = [
    ['baseline: GET /api/auth/me', () => ['baseline: GET /api/auth/me', supervisor, '/api/auth/me']],
    ['dashboard (county) only', () => pageReads[0](0)],
    ['the page mix (5 reads in turn)', (i) => pageReads[i % pageReads.length](Math.floor(i / pageReads.length))],
  ];
  const rows = [];
  let errors = 0;
  let baselineP99 = NaN;
  for (const [label, pick] of phases) {
    log(`${label}: ${RATE} req/s for ${SECONDS} s…`);
    const { records } = await openLoop(RATE, SECONDS, (i) => fire(pick(i)));
    const byKind = new Map();
    for (const r of records) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
    const groups = label.startsWith('the page') ? [[`${label}, all`, records], ...[...byKind].map(([kind, rs]) => [`  ${kind}`, rs])] : [[label, records]];
    for (const [name, rs] of groups) {
      const failed = rs.filter((r) => r.status !== 200).length;
      const p = percentiles(rs.map((r) => r.ms));
      if (Number.isNaN(baselineP99)) baselineP99 = p.p99;
      rows.push([name, p.n, failed, fixed(p.p50), fixed(p.p99), fixed(p.max), fixed(p.p99 / baselineP99)]);
    }
    errors += records.filter((r) => r.status !== 200).length;
  }
  printRows(
    `Dashboard reads, open loop at ${RATE} req/s for ${SECONDS} s per phase; ${CASES.toLocaleString()} cases, ${snapshots.toLocaleString()} snapshots (ms from the scheduled start; ratio = p99 ÷ baseline p99)`,
    ['measure', 'n', 'errors', 'p50', 'p99', 'max', 'ratio'],
    rows,
  );
  if (errors > 0) throw new Error(`${errors} requests failed`);
}

await runPartOnCases('dashboard', CASES, run);
