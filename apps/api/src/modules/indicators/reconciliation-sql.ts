import { recordsOf } from './sources/source-params';

/**
 * Rewrites the ledger rows of one indicator and month from its source over the whole county ($9
 * the indicator, $10 the month): rows no longer produced are deleted, new or changed ones written.
 * Returns what the rows that changed move, by township (NULL: the county only): the fresh figures
 * less the ones they replace — exactly what the snapshots of that month, its quarter and its year
 * must be moved by — and how many rows changed.
 */
export const rebuildMonthSql = (sql: string): string => `
  WITH fresh AS (SELECT f.record_id::text AS record_id, f.case_id::uuid AS case_id, f.unit_id::uuid AS unit_id,
      f.numerator::numeric AS numerator, f.denominator::numeric AS denominator FROM (${recordsOf(sql)}) f),
  old AS (SELECT l.record_id, l.case_id, l.unit_id, l.numerator, l.denominator FROM indicator_contribution l
    WHERE l.indicator_code = $9::varchar AND l.month_key = $10::varchar),
  diff AS (
    SELECT coalesce(f.record_id, o.record_id) AS record_id, f.record_id IS NOT NULL AS present, o.record_id IS NOT NULL AS existed,
      f.case_id, f.unit_id, f.numerator, f.denominator, o.unit_id AS old_unit_id, o.numerator AS old_numerator, o.denominator AS old_denominator
    FROM fresh f FULL JOIN old o ON o.record_id = f.record_id
    WHERE (o.case_id, o.unit_id, o.numerator, o.denominator) IS DISTINCT FROM (f.case_id, f.unit_id, f.numerator, f.denominator)),
  gone AS (
    DELETE FROM indicator_contribution l USING diff x
    WHERE l.indicator_code = $9::varchar AND l.month_key = $10::varchar AND l.record_id = x.record_id AND NOT x.present RETURNING 1),
  put AS (
    INSERT INTO indicator_contribution (indicator_code, record_id, month_key, case_id, unit_id, numerator, denominator)
    SELECT $9::varchar, x.record_id, $10::varchar, x.case_id, x.unit_id, x.numerator, x.denominator FROM diff x WHERE x.present
    ON CONFLICT (indicator_code, month_key, record_id) DO UPDATE SET case_id = EXCLUDED.case_id, unit_id = EXCLUDED.unit_id,
      numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator
    RETURNING 1),
  moves AS (
    SELECT x.old_unit_id AS unit_id, -x.old_numerator AS numerator, -x.old_denominator AS denominator FROM diff x WHERE x.existed
    UNION ALL SELECT x.unit_id, x.numerator, x.denominator FROM diff x WHERE x.present)
  SELECT m.unit_id, sum(m.numerator) AS numerator, sum(m.denominator) AS denominator,
    (SELECT count(*) FROM gone)::int + (SELECT count(*) FROM put)::int AS changed
  FROM moves m GROUP BY m.unit_id`;

/**
 * The snapshots of a year's ledger indicators that differ from the ledger's sums, read in one
 * statement (one view of the database). $1/$2 each month of the year and a period it counts in
 * (its month, quarter, year); $3/$4 the indicators and their definition versions; $5 the county and
 * every township (a snapshot is kept for each, even at zero); $6 the county (every record counts in
 * it). Also returned: a missing snapshot and one of an older definition version. Each row gives the
 * snapshot's figures (0 when missing) and the ledger's.
 */
export const LEDGER_DIFFERENCES = `
  WITH pm AS (SELECT * FROM unnest($1::varchar[], $2::varchar[]) AS pm(month_key, period_key)),
  codes AS (SELECT * FROM unnest($3::varchar[], $4::int[]) AS c(code, version)),
  sums AS (
    SELECT l.indicator_code AS code, pm.period_key, u.unit_id, sum(l.numerator) AS numerator, sum(l.denominator) AS denominator
    FROM indicator_contribution l JOIN pm ON pm.month_key = l.month_key
    CROSS JOIN LATERAL (VALUES ($6::uuid), (l.unit_id)) u(unit_id)
    WHERE u.unit_id IS NOT NULL AND l.indicator_code = ANY($3::varchar[])
    GROUP BY 1, 2, 3),
  snaps AS (
    SELECT s.indicator_code AS code, s.period_key, s.org_unit_id AS unit_id, s.numerator, s.denominator, s.definition_version
    FROM indicator_snapshot s WHERE s.indicator_code = ANY($3::varchar[]) AND s.period_key = ANY($2::varchar[])),
  keys AS (
    SELECT code, period_key, unit_id FROM sums
    UNION SELECT code, period_key, unit_id FROM snaps
    UNION SELECT c.code, p.period_key, u.unit_id FROM codes c CROSS JOIN (SELECT DISTINCT period_key FROM pm) p CROSS JOIN unnest($5::uuid[]) u(unit_id))
  SELECT k.code, k.period_key, k.unit_id, s.code IS NULL AS missing,
    coalesce(s.numerator, 0) AS was_numerator, coalesce(s.denominator, 0) AS was_denominator,
    coalesce(x.numerator, 0) AS numerator, coalesce(x.denominator, 0) AS denominator
  FROM keys k JOIN codes c ON c.code = k.code
  LEFT JOIN sums x ON x.code = k.code AND x.period_key = k.period_key AND x.unit_id = k.unit_id
  LEFT JOIN snaps s ON s.code = k.code AND s.period_key = k.period_key AND s.unit_id = k.unit_id
  WHERE s.code IS NULL OR s.numerator <> coalesce(x.numerator, 0) OR s.denominator <> coalesce(x.denominator, 0) OR s.definition_version <> c.version`;
