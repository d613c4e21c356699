// Indicators at province scale: the app's recomputation of one period for every unit (POST
// /api/indicators/recompute, worked off by the worker, with the reconciliation of the year's
// contribution ledger that it asks for) against one hand-written SQL aggregate over the same rows
// (the baseline), the figures compared; then intake → updated snapshot by the incremental path.
import { HAND_AGGREGATES } from './hand-aggregates.mjs';
import { log, post, timed } from './harness.mjs';

/** The indicators kept by the contribution ledger (apps/api/src/modules/indicators/sources/case-record-sources.ts). */
export const LEDGER_CODES = [
  'VISIT_BATCHES',
  'VISIT_PERSONS',
  'RECEPTION_TIMELINESS',
  'ACCEPTANCE_TIMELINESS',
  'ON_TIME_CLOSURE',
  'PARTICIPATION_RATE',
  'SATISFACTION_RATE',
  'SATISFIED_ONLY_RATE',
  'REPEAT_RATE',
  'DIVERSION_RATE',
  'VISIT_SATISFACTION',
  'VISITOR_SATISFACTION_RATE',
  'RECEPTION_RATE',
];

/** The figures of one period for every township and the county (GROUPING SETS), in one statement. */
export const HAND_SQL = `
  WITH p AS (SELECT $1::timestamptz AS f, $2::timestamptz AS t, $3::date AS fd, $4::date AS td, $5::date AS today),
  facts AS (
    SELECT x.code, c.township_id AS u, x.n, x.d FROM visit v JOIN petition_case c ON c.id = v.case_id CROSS JOIN p
    CROSS JOIN LATERAL (VALUES ('VISIT_BATCHES', 1, 1), ('VISIT_PERSONS', v.person_count, 1),
      ('RECEPTION_TIMELINESS', (v.reception_started_at - v.arrival_at <= interval '30 minutes')::int, 1)) x(code, n, d)
    WHERE v.arrival_at >= p.f AND v.arrival_at < p.t
    UNION ALL
    SELECT 'ON_TIME_CLOSURE', c.township_id,
      (k.status = 'STOPPED' AND (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date <= k.due_on)::int, (k.status = 'STOPPED' OR k.due_on < p.today)::int
    FROM case_clock k JOIN petition_case c ON c.id = k.case_id CROSS JOIN p
    WHERE k.code = 'D5' AND k.due_on >= p.fd AND k.due_on < p.td
    UNION ALL
    -- 受理及时率 counts matters, not clocks: on time only when every intake step (D1/D2, then D3)
    -- met its limit; the matter's period is its last step's due date; counted once decided or late.
    SELECT 'ACCEPTANCE_TIMELINESS', c.township_id, (m.decided AND NOT m.late)::int, (m.decided OR m.late)::int
    FROM (SELECT k.case_id,
        bool_or(k.status = 'STOPPED' AND (k.stopped_at AT TIME ZONE 'Asia/Shanghai')::date > k.due_on OR k.status <> 'STOPPED' AND k.due_on < p.today) AS late,
        (array_agg(k.status ORDER BY k.started_on DESC, k.created_at DESC))[1] = 'STOPPED' AS decided,
        (array_agg(k.due_on ORDER BY k.started_on DESC, k.created_at DESC))[1] AS due_on
      FROM case_clock k CROSS JOIN p
      WHERE k.code IN ('D1', 'D2', 'D3') AND k.case_id IN (SELECT case_id FROM case_clock, p WHERE code IN ('D1', 'D2', 'D3') AND due_on >= p.fd AND due_on < p.td)
      GROUP BY k.case_id) m
    JOIN petition_case c ON c.id = m.case_id CROSS JOIN p WHERE m.due_on >= p.fd AND m.due_on < p.td
    UNION ALL
    SELECT x.code, c.township_id, x.n, 1 FROM case_evaluation e JOIN petition_case c ON c.id = e.case_id CROSS JOIN p
    CROSS JOIN LATERAL (VALUES ('SATISFACTION_RATE', (e.result <> 'UNSATISFIED')::int), ('SATISFIED_ONLY_RATE', (e.result = 'SATISFIED')::int)) x(code, n)
    WHERE e.recorded_at >= p.f AND e.recorded_at < p.t
    UNION ALL
    SELECT 'REPEAT_RATE', c.township_id, c.is_repeat::int, 1 FROM petition_case c CROSS JOIN p WHERE c.registered_at >= p.f AND c.registered_at < p.t
    UNION ALL
    SELECT 'DIVERSION_RATE', c.township_id,
      (EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'DIVERT')
       AND EXISTS (SELECT 1 FROM case_notice n WHERE n.case_id = c.id AND n.kind = 'NON_ACCEPTANCE' AND n.delivered_at IS NOT NULL))::int, 1
    FROM petition_case c CROSS JOIN p WHERE c.is_law_related AND c.registered_at >= p.f AND c.registered_at < p.t
    UNION ALL
    SELECT 'DUTY_COMPLETION_RATE', s.unit_id, (s.status = 'COMPLETED')::int, 1
    FROM duty_shift s JOIN duty_roster r ON r.id = s.roster_id CROSS JOIN p
    WHERE r.period_id IS NOT NULL AND r.status IN ('PUBLISHED', 'CLOSED') AND s.start_at >= p.f AND s.start_at < p.t AND s.start_at <= now()
    UNION ALL
    SELECT 'HOTSPOT_RESOLUTION_RATE', h.township_id, (h.closed_on >= p.fd AND h.closed_on < p.td)::int, 1
    FROM risk_hotspot h CROSS JOIN p
    WHERE (h.created_at AT TIME ZONE 'Asia/Shanghai')::date < p.td AND (h.closed_on IS NULL OR h.closed_on >= p.fd))
  SELECT code, u AS unit_id, sum(n)::float8 AS numerator, sum(d)::float8 AS denominator FROM facts GROUP BY GROUPING SETS ((code, u), (code))`;

/** The indicators the hand-written aggregates cover: all the app computes (issue 19.3 compares with their sum). */
export const COMPARED = Object.keys(HAND_AGGREGATES);

/** Period bounds as the API computes them: China midnight of the first day and of the day after. */
export function monthScope(periodKey) {
  const [y, m] = periodKey.split('-').map(Number);
  const fd = `${y}-${String(m).padStart(2, '0')}-01`;
  const td = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { fd, td, f: new Date(`${fd}T00:00:00+08:00`), t: new Date(`${td}T00:00:00+08:00`) };
}

/** Runs the single hand SQL statement of 11 indicators (the baseline of the earlier runs); returns how long it took. */
export async function handSqlMs(db, periodKey, today) {
  const s = monthScope(periodKey);
  return timed(() => db.query(HAND_SQL, [s.f, s.t, s.fd, s.td, today]));
}

/**
 * Runs every indicator's hand-written aggregate once, one statement each; returns the figures, a
 * Map `${code}|${unitId or COUNTY}` → {numerator, denominator}, and each statement's milliseconds.
 */
export async function handFigures(db, periodKey, today, evaluationWindowDays = 30) {
  const s = monthScope(periodKey);
  const figures = new Map();
  const ms = {};
  for (const [code, sql] of Object.entries(HAND_AGGREGATES)) {
    let rows = [];
    ms[code] = await timed(async () => (rows = (await db.query(sql, [s.f, s.t, s.fd, s.td, today, evaluationWindowDays])).rows));
    for (const r of rows) if (r.total || r.unit_id !== null) figures.set(`${code}|${r.total ? 'COUNTY' : r.unit_id}`, { numerator: r.numerator, denominator: r.denominator });
  }
  return { figures, ms };
}

/**
 * The app's full recomputation of the month, from the worker's own timing (without the queue's
 * delays): the batch of the non-ledger indicators for every unit (indicator_run), and the
 * reconciliation's rewrite of the month's ledger indicators county-wide (indicator_reconciliation_run).
 */
export async function recomputationMs(db, periodKey) {
  const { rows } = await db.query(
    `SELECT (SELECT coalesce(max(ms), 0) FROM indicator_run WHERE period_key = $1)::int AS others,
            (SELECT coalesce(max(ms), 0) FROM indicator_reconciliation_run WHERE month_key = $1)::int AS ledger`,
    [periodKey],
  );
  return { others: rows[0].others, ledger: rows[0].ledger, total: rows[0].others + rows[0].ledger };
}

/** Compares the app's snapshots of the period with the hand figures; returns [compared, mismatches]. */
export async function compareSnapshots(db, periodKey, hand, countyId) {
  const { rows } = await db.query(
    `SELECT indicator_code, org_unit_id, numerator::float8 AS numerator, denominator::float8 AS denominator FROM indicator_snapshot WHERE period_key = $1 AND indicator_code = ANY($2)`,
    [periodKey, COMPARED],
  );
  const mismatches = [];
  for (const r of rows) {
    const key = `${r.indicator_code}|${r.org_unit_id === countyId ? 'COUNTY' : r.org_unit_id}`;
    const expected = hand.get(key) ?? { numerator: 0, denominator: 0 };
    if (Math.abs(expected.numerator - r.numerator) > 1e-6 || Math.abs(expected.denominator - r.denominator) > 1e-6) mismatches.push({ key, app: r, hand: expected });
  }
  return [rows.length, mismatches];
}

/**
 * The app's full recomputation of a period: POST /api/indicators/recompute marks every (period,
 * unit) and the worker works the dirty list off. Waits at most `capMs`; if the list is not empty by
 * then, reports the rate so far and the projected total instead of waiting hours.
 */
export async function appRecompute(base, db, admin, periodKey, capMs) {
  await db.query('DELETE FROM indicator_run');
  await db.query('DELETE FROM indicator_reconciliation_run');
  const started = Date.now();
  const r = await post(base, '/api/indicators/recompute', { period: periodKey }, admin);
  if (r.status !== 202) throw new Error(`recompute ${r.status} ${await r.text()}`);
  const { marked } = await r.json();
  for (;;) {
    const [{ left }] = (await db.query('SELECT count(*)::int AS left FROM indicator_dirty WHERE period_key = $1', [periodKey])).rows;
    const elapsed = Date.now() - started;
    if (left === 0) return { marked, done: marked, ms: elapsed, projectedMs: elapsed, complete: true };
    if (elapsed > capMs) {
      const done = marked - left;
      await db.query('DELETE FROM indicator_dirty WHERE period_key = $1', [periodKey]); // stop the worker's backlog
      return { marked, done, ms: elapsed, projectedMs: done > 0 ? (elapsed * marked) / done : Infinity, complete: false };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until the worker's reconciliation has built the year's contribution ledger (it starts one for this year on startup). */
export async function ledgerKept(db, year, capMs) {
  const started = Date.now();
  for (;;) {
    const { rows } = await db.query('SELECT reconciled_at FROM indicator_ledger_year WHERE year = $1', [year]);
    const [{ left }] = (await db.query('SELECT count(*)::int AS left FROM indicator_dirty')).rows;
    if (rows.length > 0 && left === 0) return Date.now() - started;
    if (Date.now() - started > capMs) throw new Error(`the ledger of ${year} was not built within ${capMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * From a registration to the county and the township snapshots that count it (REPEAT_RATE's
 * denominator of the month, read through the dashboard API every 50 ms): the incremental path of
 * issue 19 point 2 (the case's events update the snapshots by a delta, no recomputation).
 */
export async function intakeToSnapshot(base, get, reception, supervisor, petitionerId, townshipId, rounds = 20) {
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const denominator = async (unit) =>
    (await get(`/api/indicators/dashboard?period=${month}${unit ? `&unitId=${unit}` : ''}`, supervisor)).cards.find((c) => c.code === 'REPEAT_RATE').snapshot?.denominator ?? 0;
  const county = [];
  const township = [];
  for (let i = 0; i < rounds; i++) {
    const before = [await denominator(null), await denominator(townshipId)];
    const started = Date.now();
    const r = await post(
      base,
      '/api/cases',
      {
        channel: 'LETTER',
        receivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: `省级指标时延${i}`,
        mainRequest: '请求处理',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId, role: 'PRIMARY' }],
      },
      reception,
    );
    if (r.status !== 201) throw new Error(`register ${r.status} ${await r.text()}`);
    let countyMs = null;
    let townshipMs = null;
    while (countyMs === null || townshipMs === null) {
      if (Date.now() - started > 600_000) throw new Error('no snapshot update within 10 minutes');
      if (countyMs === null && (await denominator(null)) > before[0]) countyMs = Date.now() - started;
      if (townshipMs === null && (await denominator(townshipId)) > before[1]) townshipMs = Date.now() - started;
      if (countyMs === null || townshipMs === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    county.push(countyMs);
    township.push(townshipMs);
    log(`intake → snapshot ${i + 1}/${rounds}: county ${(countyMs / 1000).toFixed(2)} s, township ${(townshipMs / 1000).toFixed(2)} s`);
  }
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
  };
  return { county: stats(county), township: stats(township) };
}
