// `npm run bench township-list`: what row-level security costs a township officer's own case list,
// measured inside PostgreSQL (EXPLAIN ANALYZE: planning and execution time, so HTTP and machine load
// add nothing). The same query runs under the county scope (constant-true policy: the baseline),
// under the township scope with the petitioner policy as shipped, and with the policy before
// issue 15's fix (a call to julu_petitioner_accuses per row), all in one run on one database.
// BENCH_CASES (default 200,000) scales the generated province data.
import { randomBytes } from 'node:crypto';
import { generate } from './generate/generate.mjs';
import { log, startBenchSystem } from './harness.mjs';

const CASES = Number(process.env.BENCH_CASES || 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 40);
process.env.PII_KEYS ||= `k1:${randomBytes(32).toString('base64')}`;
process.env.PII_ACTIVE_KEY_ID ||= 'k1';
process.env.PII_BLIND_INDEX_KEY ||= randomBytes(32).toString('base64');

/** The first page of GET /api/cases as case.row.ts builds it; the scope's policy does the filtering. */
const PAGE_SQL = `
  SELECT c.id, c.case_no, c.registered_at, c.channel, c.source, c.matter_type, c.category_code, c.category_label, c.title,
         c.township_id, t.name AS township_name, v.name AS village_name, c.status, c.people_count,
         c.is_group, c.is_skip_level, c.is_joint_letter, c.is_law_related, c.is_repeat,
         (SELECT p.name FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE cp.case_id = c.id ORDER BY cp.position LIMIT 1) AS primary_petitioner_name
  FROM petition_case c JOIN org_unit t ON t.id = c.township_id LEFT JOIN org_unit v ON v.id = c.village_id
  ORDER BY c.registered_at DESC, c.id DESC LIMIT 51`;
const HAS_VISIBLE_CASE = `EXISTS (SELECT 1 FROM case_petitioner cp JOIN petition_case c ON c.id = cp.case_id WHERE cp.petitioner_id = petitioner.id)`;
const townshipPolicy = (notAccuser) => `CREATE POLICY petitioner_township ON petitioner TO julu_scope_township
  USING ((township_id = julu_scope_unit() OR ${HAS_VISIBLE_CASE}) AND ${notAccuser}) WITH CHECK (true)`;

const system = await startBenchSystem('township-list', async (db) => {
  await generate(db, { scale: 'province', seed: 20_261_201, cases: CASES, log: (line) => log(line) });
});
const { db } = system;
try {
  await db.query('ANALYZE');
  const [{ id: town, n }] = (await db.query('SELECT township_id AS id, count(*)::int AS n FROM petition_case GROUP BY 1 ORDER BY 2 DESC LIMIT 1')).rows;
  const [{ total }] = (await db.query('SELECT count(*)::int AS total FROM petition_case')).rows;
  const measure = async (label, role) => {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('role', $1, true), set_config('julu.scope_unit', $2, true)`, [role, town]);
    const planning = [];
    const execution = [];
    for (let i = 0; i < ROUNDS + 5; i++) {
      const plan = (await db.query(`EXPLAIN (ANALYZE, COSTS OFF) ${PAGE_SQL}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
      if (i < 5) continue;
      planning.push(Number(/Planning Time: ([\d.]+)/.exec(plan)[1]));
      execution.push(Number(/Execution Time: ([\d.]+)/.exec(plan)[1]));
    }
    await db.query('ROLLBACK');
    const p50 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const min = (xs) => Math.min(...xs);
    return { label, planning: [p50(planning), min(planning)], execution: [p50(execution), min(execution)] };
  };
  const rows = [await measure('county scope (baseline: policy is true)', 'julu_scope_county'), await measure('township officer, policy as shipped', 'julu_scope_township')];
  await db.query('DROP POLICY petitioner_township ON petitioner');
  await db.query(townshipPolicy('NOT julu_petitioner_accuses(id, julu_scope_unit())'));
  rows.push(await measure('township officer, policy before the fix', 'julu_scope_township'));
  const base = rows[0].planning[0] + rows[0].execution[0];
  console.log(`\nFirst page (51 rows) of the case list, ${total.toLocaleString('en')} cases, the township has ${n.toLocaleString('en')}; ${ROUNDS} rounds, ms (p50 / min)\n`);
  console.log(`${'scope'.padEnd(44)}${'planning'.padStart(16)}${'execution'.padStart(16)}${'total p50'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const r of rows) {
    const sum = r.planning[0] + r.execution[0];
    const pair = ([a, b]) => `${a.toFixed(2)} / ${b.toFixed(2)}`;
    console.log(`${r.label.padEnd(44)}${pair(r.planning).padStart(16)}${pair(r.execution).padStart(16)}${sum.toFixed(2).padStart(12)}${(sum / base).toFixed(2).padStart(8)}`);
  }
} finally {
  await system.stop();
}
