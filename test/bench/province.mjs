// `npm run bench province`: a province's worth of records (1,000,000 cases with petitioners and
// workflow, 200,000 duty shifts, 50,000 hotspots, 10,000 incidents; test/bench/generate) and the
// figures that depend on volume — the case list, the indicator recomputation and intake → snapshot —
// each next to a baseline measured in the same run. BENCH_CASES scales it down for a trial.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { generate } from './generate/generate.mjs';
import { petitionerFacts } from './generate/people.mjs';
import { log, measure, post, printTable, startBenchSystem, timed } from './harness.mjs';
import {
  appRecompute,
  COMPARED,
  compareSnapshots,
  handFigures,
  handSqlMs,
  intakeToSnapshot,
  LEDGER_CODES,
  ledgerKept,
  monthScope,
  recomputationMs,
} from './province-indicators.mjs';

const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 50);
const RECOMPUTE_CAP_MS = Number(process.env.BENCH_RECOMPUTE_CAP_MS || 180_000);
const SEED = 20_261_201;

/** The page query of GET /api/cases as the API sends it (case.row.ts, case-list.ts), for the bare-SQL baseline. */
const PAGE_SQL = `
  SELECT c.id, c.case_no, c.registered_at, c.channel, c.source, c.matter_type, c.category_code, c.category_label, c.title,
         c.township_id, t.name AS township_name, v.name AS village_name, c.status, c.people_count,
         c.is_group, c.is_skip_level, c.is_joint_letter, c.is_law_related, c.is_repeat,
         (SELECT p.name FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = c.id ORDER BY cp.position LIMIT 1) AS primary_petitioner_name
  FROM petition_case c JOIN org_unit t ON t.id = c.township_id LEFT JOIN org_unit v ON v.id = c.village_id
  WHERE TRUE AND c.township_id = $1::uuid AND (c.registered_at, c.id) < ($2::timestamptz, $3::uuid)
  ORDER BY c.registered_at DESC, c.id DESC LIMIT 51`;

const cursorOf = (row) => Buffer.from(`${row.registered_at.toISOString()}|${row.id}`).toString('base64url');

async function main() {
  // The generator encrypts personal data with the keys the API will be started with (secretEnv: the environment wins).
  process.env.PII_KEYS ||= `k1:${randomBytes(32).toString('base64')}`;
  process.env.PII_ACTIVE_KEY_ID ||= 'k1';
  process.env.PII_BLIND_INDEX_KEY ||= randomBytes(32).toString('base64');
  let loadTable = [];
  let loadMs = 0;
  const system = await startBenchSystem('province', async (db) => {
    log(`generating ${CASES.toLocaleString('en')} cases (province scale)…`);
    loadMs = await timed(async () => {
      loadTable = await generate(db, { scale: 'province', seed: SEED, cases: CASES === 1_000_000 ? undefined : CASES, log: (line) => log(line) });
    });
  });
  try {
    printLoad(loadTable, loadMs);
    await run(system);
  } finally {
    await system.stop();
  }
}

function printLoad(results, ms) {
  console.log(`\nProvince data load (COPY FROM STDIN, generated on the fly): ${(ms / 1000).toFixed(1)} s in total\n`);
  console.log(`${'step / table'.padEnd(24)}${'rows'.padStart(12)}${'seconds'.padStart(10)}`);
  for (const r of results) {
    Object.entries(r.rows).forEach(([table, n], k) =>
      console.log(`${table.padEnd(24)}${n.toLocaleString('en').padStart(12)}${(k === 0 ? r.seconds.toFixed(1) : '').padStart(10)}`),
    );
  }
}

async function run({ base, db, login, get }) {
  const supervisor = await login('supervisor');
  const reception = await login('reception');
  const admin = await login('admin');
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const [{ n: total }] = (await db.query('SELECT count(*)::int AS n FROM petition_case')).rows;
  const town = await one(`SELECT c.township_id AS id, count(*)::int AS n FROM petition_case c GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  const deep = await one(`SELECT registered_at, id FROM petition_case ORDER BY registered_at DESC, id DESC OFFSET $1 LIMIT 1`, [Math.floor(total / 2)]);
  const deepInTown = await one(`SELECT registered_at, id FROM petition_case WHERE township_id = $1 ORDER BY registered_at DESC, id DESC OFFSET $2 LIMIT 1`, [
    town.id,
    Math.floor(town.n / 2),
  ]);
  const sample = await one(`SELECT id FROM petition_case WHERE status = 'IN_PROGRESS' ORDER BY case_no LIMIT 1`);
  const list = (query) => () => get(`/api/cases?limit=50&${query}`, supervisor);
  const officer = await login((await one(`SELECT username FROM app_user WHERE org_unit_id = $1 AND role = 'TOWNSHIP_OFFICER' ORDER BY username LIMIT 1`, [town.id])).username);
  const person = petitionerFacts(SEED, 0);
  const idNumber = person.resident?.id;
  if (idNumber) {
    // The generated ciphertext and blind index must be what the API reads: the lookup finds the
    // person, and the reveal decrypts the number (v2, bound to the row and column).
    const found = await (await post(base, '/api/petitioners/lookup', { idNumber }, reception)).json();
    if (found.length !== 1 || found[0].name !== person.name) throw new Error(`petitioner lookup by ID number found ${JSON.stringify(found)}`);
    const revealed = await (await post(base, `/api/petitioners/${found[0].id}/reveal`, { field: 'idNumber', reason: '基准测试：核对生成的密文' }, reception)).json();
    if (revealed.value !== idNumber) throw new Error('the API does not decrypt the generated ID number');
  }

  const results = [];
  results.push(await measure('baseline: GET /api/auth/me', ROUNDS, () => get('/api/auth/me', supervisor)));
  results.push(await measure('bare SQL: township page, deep cursor', ROUNDS, () => db.query(PAGE_SQL, [town.id, deepInTown.registered_at, deepInTown.id])));
  results.push(await measure('case list, first page (50)', ROUNDS, list('')));
  results.push(await measure(`case list, township (${town.n} cases)`, ROUNDS, list(`townshipId=${town.id}`)));
  results.push(await measure('case list, township, deep cursor', ROUNDS, list(`townshipId=${town.id}&after=${cursorOf(deepInTown)}`)));
  results.push(await measure('case list, township officer (own scope)', ROUNDS, () => get('/api/cases?limit=50', officer)));
  results.push(await measure('case list, channel VISIT + IN_PROGRESS', ROUNDS, list('channel=VISIT&status=IN_PROGRESS')));
  results.push(await measure('case list, state REPLIED', ROUNDS, list('status=REPLIED')));
  results.push(await measure('case list, keyword 拆迁款', ROUNDS, list(`keyword=${encodeURIComponent('拆迁款')}`)));
  results.push(await measure('case list, keyword 拆迁款 + township', ROUNDS, list(`keyword=${encodeURIComponent('拆迁款')}&townshipId=${town.id}`)));
  results.push(await measure(`case list, next page at row ${Math.floor(total / 2).toLocaleString('en')}`, ROUNDS, list(`after=${cursorOf(deep)}`)));
  results.push(await measure('case list, VISIT, next page at the middle', ROUNDS, list(`channel=VISIT&after=${cursorOf(deep)}`)));
  results.push(await measure('case page (detail)', ROUNDS, () => get(`/api/cases/${sample.id}`, supervisor)));
  results.push(await measure('case page (workflow view)', ROUNDS, () => get(`/api/cases/${sample.id}/workflow`, supervisor)));
  if (idNumber)
    results.push(await measure('petitioner lookup by ID (blind index)', ROUNDS, () => post(base, '/api/petitioners/lookup', { idNumber }, reception).then((r) => r.json())));
  printTable(`Case list at province scale: ${total.toLocaleString('en')} cases, ${ROUNDS} rounds each`, results);

  await indicators(base, db, admin, supervisor, reception, get, town.id);
}

async function indicators(base, db, admin, supervisor, reception, get, townshipId) {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  // The last complete month.
  const thisMonthStart = monthScope(today.slice(0, 7)).fd;
  const period = new Date(Date.parse(`${thisMonthStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
  const [{ id: countyId }] = (await db.query(`SELECT id FROM org_unit WHERE type = 'COUNTY' ORDER BY created_at LIMIT 1`)).rows;
  const [{ units }] = (await db.query(`SELECT count(*)::int AS units FROM org_unit WHERE type IN ('COUNTY', 'TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`)).rows;
  const year = Number(today.slice(0, 4));
  // The worker reconciles this year's ledger when it starts; the figures below wait for it.
  const startupMs = await ledgerKept(db, year, 3_600_000);
  log(`ledger of ${year} kept ${(startupMs / 1000).toFixed(1)} s after the measurements reached it`);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  // Baselines, three rounds each (median): the single hand SQL statement of 11 indicators (earlier
  // runs' baseline), and every indicator's own hand-written aggregate (issue 19.3: their sum).
  const handSql = [];
  const handSums = [];
  let hand;
  for (let i = 0; i < 3; i++) {
    handSql.push(await handSqlMs(db, period, today));
    hand = await handFigures(db, period, today);
    handSums.push(Object.values(hand.ms).reduce((a, b) => a + b, 0));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[1];
  const loadBefore = load();
  const app = await appRecompute(base, db, admin, period, RECOMPUTE_CAP_MS);
  const [{ runs, avg, max }] = (await db.query('SELECT count(*)::int AS runs, avg(ms)::float8 AS avg, max(ms) AS max FROM indicator_run WHERE period_key = $1', [period])).rows;
  // The request also reconciles the period's year (the ledger indicators are kept by year): its end.
  const reconcileMs = app.ms + (await ledgerKept(db, Number(period.slice(0, 4)), 3_600_000));
  const loadAfter = load();
  const full = await recomputationMs(db, period);
  const [[compared, mismatches], [{ n: ledgerRows }]] = [
    await compareSnapshots(db, period, hand.figures, countyId),
    (await db.query('SELECT count(*)::int AS n FROM indicator_contribution')).rows,
  ];
  const handSum = median(handSums);
  const ratio = full.total / handSum;
  console.log(
    `\nIndicators of ${period} for ${units.toLocaleString('en')} units (county + townships) at province scale (ms; load average ${loadBefore} before, ${loadAfter} after)\n`,
  );
  console.log(`baseline (earlier runs): one hand-written SQL statement, 11 indicators (GROUPING SETS)   median ${median(handSql).toFixed(0)}`);
  console.log(`baseline (issue 19.3): the sum of ${COMPARED.length} hand-written aggregates, one per indicator (all the app computes)   median ${handSum.toFixed(0)}`);
  console.log(
    `  per indicator (last round): ${Object.entries(hand.ms)
      .map(([code, ms]) => `${code} ${ms.toFixed(0)}`)
      .join(', ')}`,
  );
  console.log(
    `full recomputation of the month (the worker's own time, indicator_run + indicator_reconciliation_run): ${full.total} = ${full.others} (${COMPARED.length - LEDGER_CODES.length} non-ledger indicators, every unit) + ${full.ledger} (the ${LEDGER_CODES.length} ledger indicators' month, county-wide, in the reconciliation)`,
  );
  console.log(`  ratio to the sum of hand-written aggregates: ${ratio.toFixed(2)} (goal ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
  console.log(
    `app: POST /api/indicators/recompute → dirty list worked off by the worker (the month's non-ledger indicators)   ${app.complete ? 'done in' : 'projected'} ${app.projectedMs.toFixed(0)}   ratio ${(app.projectedMs / handSum).toFixed(1)}`,
  );
  console.log(
    `  (${app.done.toLocaleString('en')} of ${app.marked.toLocaleString('en')} (period, unit) pairs in ${(app.ms / 1000).toFixed(1)} s; indicator_run: ${runs} runs, mean ${Number(avg ?? 0).toFixed(0)} ms, max ${max ?? 0} ms)`,
  );
  console.log(
    `app: full reconciliation of the year's ledger indicators (12 months from the sources, ${ledgerRows.toLocaleString('en')} ledger rows, every snapshot of the year)   done ${reconcileMs.toFixed(0)} after the request   ratio ${(reconcileMs / handSum).toFixed(1)}`,
  );
  const differing = [...new Set(mismatches.map((x) => x.key.split('|')[0]))];
  console.log(
    `  figures compared with the hand-written aggregates: ${compared} snapshots, ${mismatches.length} differ${mismatches.length ? ` (${differing.join(', ')}): ${JSON.stringify(mismatches.slice(0, 3))}` : ''}`,
  );

  const person = await (await post(base, '/api/petitioners', { name: '省级基准', idType: 'OTHER', townshipId }, reception)).json();
  const loadIntake = load();
  const lag = await intakeToSnapshot(base, get, reception, supervisor, person.id, townshipId);
  const f = (x) => (x / 1000).toFixed(2);
  console.log(
    `\nintake → updated snapshot at province scale, incremental (load average ${loadIntake}): county median ${f(lag.county.median)} s, p95 ${f(lag.county.p95)} s, max ${f(lag.county.max)} s; township median ${f(lag.township.median)} s, p95 ${f(lag.township.p95)} s, max ${f(lag.township.max)} s`,
  );
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
