// The benchmark data generator: `generate(db, { scale, seed })` bulk-loads a county's or a
// province's petition records (COPY FROM STDIN, rows made on the fly from a seeded PRNG) into a
// database that `cli.js setup` has migrated and seeded, then rebuilds the indexes and analyses.
// Same seed and same `until` date → same rows. Returns one { table, rows, seconds } per step.
import { copyRows, suspendIndexes } from './copy.mjs';
import { CASE_COLUMNS, CASE_PETITIONER_COLUMNS, casePetitionerRow, caseRow, VISIT_COLUMNS, visitRow } from './cases.mjs';
import { casePlan, chinaDate, DAY, petitionerIndexOf, yearStarts } from './case-plan.mjs';
import { loadDuty } from './duty.mjs';
import { loadHotspots } from './hotspots.mjs';
import { loadIncidents } from './incidents.mjs';
import { loadOrg } from './org.mjs';
import { personalDataCipher, PETITIONER_COLUMNS, petitionerRow } from './people.mjs';
import { uuidFor } from './random.mjs';
import { caseSteps, CLOCK_COLUMNS, clockRows, EVALUATION_COLUMNS, evaluationRows, EVENT_COLUMNS, eventRows, NOTICE_COLUMNS, noticeRows } from './workflow.mjs';

export const SCALES = {
  county: { cases: 15_000, shifts: 3_000, hotspots: 600, incidents: 60 },
  province: { cases: 1_000_000, shifts: 200_000, hotspots: 50_000, incidents: 10_000 },
};
const YEARS = 3;
const LOADED_TABLES = [
  'petitioner',
  'petition_case',
  'case_petitioner',
  'visit',
  'case_event',
  'case_clock',
  'case_notice',
  'case_evaluation',
  'duty_roster',
  'duty_shift',
  'duty_shift_member',
  'risk_hotspot',
  'incident',
  'incident_report',
];

/**
 * @param db a connected pg Client (superuser: foreign-key triggers are skipped while loading, the
 *   rows being consistent by construction)
 * @param options scale 'county' | 'province'; seed (int); until (Date, the generation's “today”);
 *   cases (overrides the scale's count); keys: PII_KEYS, PII_ACTIVE_KEY_ID, PII_BLIND_INDEX_KEY
 *   (default: process.env), the same the API is started with; log (line printer)
 */
export async function generate(db, options = {}) {
  const scale = SCALES[options.scale ?? 'county'];
  if (!scale) throw new Error(`unknown scale ${options.scale}; use county or province`);
  const seed = options.seed ?? 20_261_201;
  const log = options.log ?? (() => undefined);
  const keys = options.keys ?? process.env;
  if (!keys.PII_KEYS || !keys.PII_BLIND_INDEX_KEY || !keys.PII_ACTIVE_KEY_ID)
    throw new Error('the PII keys of the API are needed (PII_KEYS, PII_ACTIVE_KEY_ID, PII_BLIND_INDEX_KEY)');
  const cases = options.cases ?? scale.cases;
  const results = [];
  const step = async (table, fn) => {
    const started = process.hrtime.bigint();
    const out = await fn();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = typeof out === 'number' ? { [table]: out } : out;
    results.push({ table, rows, seconds });
    log(
      `${table}: ${Object.entries(rows)
        .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
        .join(', ')} in ${seconds.toFixed(1)} s`,
    );
  };

  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  await db.query(`SET synchronous_commit = off`);
  try {
    const ctx = await context(db, { seed, scale: options.scale ?? 'county', until: options.until ?? new Date(), cases });
    const resume = await suspendIndexes(db, LOADED_TABLES);
    const cipher = personalDataCipher(keys);
    const plans = function* (filter = () => true) {
      for (let i = 0; i < cases; i++) if (filter(i)) yield casePlan(ctx, i);
    };
    const withSteps = (rowsOf) =>
      function* () {
        for (const plan of plans()) yield* rowsOf(plan, ctx, caseSteps(plan, ctx));
      };
    await step('petitioner', () =>
      copyRows(db, 'petitioner', PETITIONER_COLUMNS, function* () {
        for (const plan of plans((i) => petitionerIndexOf(ctx, i) === i)) yield petitionerRow(plan, ctx, cipher);
      }),
    );
    await step('petition_case', () =>
      copyRows(db, 'petition_case', CASE_COLUMNS, function* () {
        for (const plan of plans()) yield caseRow(plan, ctx);
      }),
    );
    await step('case_petitioner', () =>
      copyRows(db, 'case_petitioner', CASE_PETITIONER_COLUMNS, function* () {
        for (const plan of plans()) yield casePetitionerRow(plan);
      }),
    );
    await step('visit', () =>
      copyRows(db, 'visit', VISIT_COLUMNS, function* () {
        for (const plan of plans()) if (plan.channel === 'VISIT') yield visitRow(plan, ctx, uuidFor(seed, 'visit', plan.index));
      }),
    );
    await step('case_event', () => copyRows(db, 'case_event', EVENT_COLUMNS, withSteps(eventRows)));
    await step('case_clock', () => copyRows(db, 'case_clock', CLOCK_COLUMNS, withSteps(clockRows)));
    const noticeCounters = new Map();
    await step('case_notice', () =>
      copyRows(
        db,
        'case_notice',
        NOTICE_COLUMNS,
        withSteps((plan, c, steps) => noticeRows(plan, c, steps, noticeCounters)),
      ),
    );
    await step('case_evaluation', () => copyRows(db, 'case_evaluation', EVALUATION_COLUMNS, withSteps(evaluationRows)));
    await step('duty', () => loadDuty(db, ctx, Math.round((scale.shifts * cases) / scale.cases)));
    await step('hotspots', () => loadHotspots(db, ctx, Math.round((scale.hotspots * cases) / scale.cases)));
    await step('incidents', () => loadIncidents(db, ctx, Math.max(1, Math.round((scale.incidents * cases) / scale.cases))));
    await step('counters', async () => {
      for (const [year, first] of ctx.yearStarts) {
        const last =
          [...ctx.yearStarts.entries()]
            .filter(([y]) => y > year)
            .map(([, i]) => i)
            .sort((a, b) => a - b)[0] ?? cases;
        await db.query('INSERT INTO case_number_counter (year, last_seq) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last_seq = EXCLUDED.last_seq', [year, last - first]);
      }
      for (const [key, last] of noticeCounters) {
        const [kind, year] = key.split(':');
        await db.query('INSERT INTO notice_number_counter (year, kind, last_seq) VALUES ($1, $2, $3) ON CONFLICT (prefix, year, kind) DO UPDATE SET last_seq = EXCLUDED.last_seq', [
          Number(year),
          kind,
          last,
        ]);
      }
      return ctx.yearStarts.size + noticeCounters.size;
    });
    await step('indexes (rebuilt)', resume);
    await step('ANALYZE', async () => (await db.query('ANALYZE'), LOADED_TABLES.length));
  } finally {
    await db.query('RESET session_replication_role');
  }
  return results;
}

async function context(db, { seed, scale, until, cases }) {
  const org = await loadOrg(db, { seed, scale });
  const categoryLabels = new Map((await db.query('SELECT code, label FROM content_category')).rows.map((c) => [c.code, c.label]));
  const untilMs = until.getTime();
  const startMs = untilMs - YEARS * 365 * DAY;
  const ctx = { ...org, seed, cases, categoryLabels, untilMs, startMs, stepMs: (untilMs - startMs) / cases, today: chinaDate(untilMs) };
  ctx.yearStarts = yearStarts(ctx);
  return ctx;
}
