// `npm run bench` (part 2): the workflow on a county-plus volume — the case page's workflow view,
// 我的工作, the supervision list and a transition — each next to a baseline measured in the same
// run. Cases and clocks are bulk-loaded in the states a working bureau has (see loadWorkflow).
import { measure, post, printTable, runPartOnCases } from './harness.mjs';

const CASES = Number(process.env.BENCH_CASES || 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 100);

async function run({ base, db, login, get }) {
  const reception = await login('reception');
  const handler = await login('handler');
  const supervisor = await login('supervisor');
  const [{ id: sample }] = (
    await db.query(`SELECT c.id FROM petition_case c JOIN org_unit u ON u.id = c.handling_unit_id WHERE u.name = '县人力资源和社会保障局' AND c.status = 'IN_PROGRESS' LIMIT 1`)
  ).rows;
  const units = await get('/api/org-units', reception);
  const julu = units.find((u) => u.name === '巨鹿镇').id;
  const hrBureau = units.find((u) => u.name === '县人力资源和社会保障局').id;
  const person = await (await post(base, '/api/petitioners', { name: '流程基准', idType: 'OTHER', townshipId: julu }, reception)).json();
  const fresh = [];
  for (let i = 0; i < ROUNDS + 3; i++) {
    const r = await post(
      base,
      '/api/cases',
      {
        channel: 'LETTER',
        receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: `流程基准${i}`,
        mainRequest: '请求处理',
        townshipId: julu,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
      },
      reception,
    );
    fresh.push((await r.json()).case.id);
  }
  const results = [];
  results.push(await measure('baseline: GET /api/auth/me', ROUNDS, () => get('/api/auth/me', reception)));
  results.push(await measure('workflow view of a case (case page)', ROUNDS, () => get(`/api/cases/${sample}/workflow`, handler)));
  results.push(await measure('我的工作 of a county department', ROUNDS, () => get('/api/work/inbox', handler)));
  results.push(await measure('我的工作 of the bureau (reception)', ROUNDS, () => get('/api/work/inbox', reception)));
  results.push(await measure('supervision list (督办 or 超期)', ROUNDS, () => get('/api/work/supervision', supervisor)));
  results.push(await measure('supervision list, overdue only', ROUNDS, () => get('/api/work/supervision?overdue=true', supervisor)));
  let next = 0; // warm-up rounds use cases too: each case is forwarded once
  results.push(
    await measure('transition: 转送 (clocks, audit, outbox, inbox)', ROUNDS, async () => {
      const r = await post(base, `/api/cases/${fresh[next++]}/transitions`, { expectedVersion: 1, action: 'FORWARD', handlingUnitId: hrBureau }, reception);
      if (r.status !== 201) throw new Error(`transition ${r.status} ${await r.text()}`);
    }),
  );
  const [{ n: running }] = (await db.query(`SELECT count(*)::int AS n FROM case_clock WHERE status <> 'STOPPED'`)).rows;
  printTable(`Workflow benchmark: ${CASES.toLocaleString()} cases, ${running.toLocaleString()} running clocks, ${ROUNDS} rounds each`, results);
  await intakeToSnapshot(base, get, reception, supervisor, person.id, julu);
}

/**
 * From a registration to the county snapshot that counts it (REPEAT_RATE's denominator counts the
 * month's cases): the outbox relay, the debounce (QUIET_MS 2 s after the last event, job delay 1 s)
 * and the recomputation. The floor set by design is printed beside it.
 */
async function intakeToSnapshot(base, get, reception, supervisor, petitionerId, townshipId) {
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const denominator = async () => (await get(`/api/indicators/dashboard?period=${month}`, supervisor)).cards.find((c) => c.code === 'REPEAT_RATE').snapshot?.denominator ?? 0;
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const before = await denominator();
    const started = Date.now();
    await post(
      base,
      '/api/cases',
      {
        channel: 'LETTER',
        receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: `指标时延${i}`,
        mainRequest: '请求处理',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId, role: 'PRIMARY' }],
      },
      reception,
    );
    while ((await denominator()) <= before) {
      if (Date.now() - started > 120_000) throw new Error('no snapshot update within 2 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    samples.push(Date.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `\nintake → updated county snapshot: median ${(samples[2] / 1000).toFixed(1)} s, max ${(samples[4] / 1000).toFixed(1)} s (floor by design: 2 s quiet time + 1 s job delay + relay polling)`,
  );
}

/**
 * Puts the loaded cases into states spread as in a working year: 40% closed (clocks stopped), 20%
 * forwarded to a unit (D3/D4 running), 40% in handling (D5 running, due dates spread so that some
 * are overdue), one in ten supervised.
 */
async function loadWorkflow(db) {
  await db.query(`
    WITH units AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_unit WHERE type IN ('DEPARTMENT', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'))
    UPDATE petition_case c SET
      status = CASE WHEN c.case_seq % 5 < 2 THEN 'CLOSED' WHEN c.case_seq % 5 = 2 THEN 'FORWARDED' ELSE 'IN_PROGRESS' END,
      handling_unit_id = units.ids[1 + c.case_seq % array_length(units.ids, 1)],
      disposition = 'FORWARD',
      closed_at = CASE WHEN c.case_seq % 5 < 2 THEN c.registered_at + interval '40 days' END,
      supervision_level = CASE WHEN c.case_seq % 10 = 3 THEN 'YELLOW' END
    FROM units WHERE c.case_year = 2025`);
  await db.query(`
    INSERT INTO case_clock (case_id, code, party, responsible_unit_id, status, started_on, amount, unit, exclude_start_day, extend_past_days_off, due_on, explanation)
    SELECT c.id, k.code, 'ORGAN', c.handling_unit_id, CASE WHEN c.status = 'CLOSED' THEN 'STOPPED' ELSE 'RUNNING' END,
           current_date - (c.case_seq % 90), k.amount, k.unit, true, true, current_date - (c.case_seq % 90) + k.amount, '[]'::jsonb
    FROM petition_case c
    JOIN LATERAL (SELECT * FROM (VALUES ('D3', 15, 'DAYS'), ('D4', 5, 'WORKING_DAYS'), ('D5', 60, 'DAYS')) v(code, amount, unit)
                  WHERE (c.status = 'FORWARDED' AND v.code IN ('D3', 'D4')) OR (c.status <> 'FORWARDED' AND v.code = 'D5')) k ON TRUE
    WHERE c.case_year = 2025`);
  await db.query(
    `UPDATE petition_case c SET overdue = EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id AND k.status = 'RUNNING' AND k.due_on < current_date) WHERE c.case_year = 2025`,
  );
  await db.query('ANALYZE');
}

await runPartOnCases('workflow', CASES, run, { extraLoad: loadWorkflow, what: 'cases with their clocks' });
