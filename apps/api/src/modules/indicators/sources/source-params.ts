import { chinaDate, chinaInstant, type Period } from '@julu/domain';

/**
 * Every source query takes the same parameters, so the drill-down and the snapshot run the very
 * same SQL:
 *   $1 first instant of the period, $2 first instant after it (timestamptz, China midnight);
 *   $3 first day, $4 first day after (date); $5 the township (uuid) or NULL for the county;
 *   $6 today (date, China); $7 the evaluation window in days; $8 one petition case (uuid) or NULL
 *   for all: a case's records alone, which the contribution ledger evaluates on each of its events.
 * Each query returns one row per record considered:
 *   unit_id (the township the record counts for — the very column the township scope filters on,
 *   so a county-wide run grouped by it gives every township's figures at once), record_id, label,
 *   link (a web path or NULL), case_id (the petition case the record belongs to, NULL for records
 *   that are not a case's), numerator, denominator (its contribution to each), reason (why it is
 *   in or out, in Chinese).
 */
export interface SourceScope {
  fromInstant: Date;
  toInstant: Date;
  fromDate: string;
  toDate: string;
  townshipId: string | null;
  today: string;
  evaluationWindowDays: number;
  /** Only this case's records (CASE_RECORD_SOURCES honour it; the other sources ignore it). */
  caseId?: string | null;
}

/** The scope of a period for the county (townshipId null) or one township, as of `now`. */
export const scopeOf = (period: Period, townshipId: string | null, evaluationWindowDays: number, now = new Date(), caseId: string | null = null): SourceScope => ({
  fromInstant: chinaInstant(period.from),
  toInstant: chinaInstant(period.to),
  fromDate: period.from,
  toDate: period.to,
  townshipId,
  today: chinaDate(now),
  evaluationWindowDays,
  caseId,
});

export const sourceParams = (s: SourceScope): unknown[] => [s.fromInstant, s.toInstant, s.fromDate, s.toDate, s.townshipId, s.today, s.evaluationWindowDays, s.caseId ?? null];

/** The column (a petition case id) is the case asked for by $8, or any case. */
export const ONE_CASE = (column: string): string => `($8::uuid IS NULL OR ${column} = $8::uuid)`;

/**
 * A 检举控告 that accuses its own township (条例 Art 30 ¶3) counts for no township: only for the
 * county total. The township's stored figure, its drill-down and its comparison bar therefore all
 * leave it out, so the accused cannot learn of it from a figure that differs from the records it
 * is shown. An accusation against another unit counts for the township where it lies, like any case.
 */
const ACCUSES_OWN_TOWNSHIP = `c.matter_type = 'ACCUSATION' AND c.involved_unit_id = c.township_id`;

/** The township a case's record counts for (c is the petition case): see ACCUSES_OWN_TOWNSHIP. */
export const CASE_UNIT = `CASE WHEN ${ACCUSES_OWN_TOWNSHIP} THEN NULL ELSE c.township_id END AS unit_id`;

/**
 * The case counts for the scope's township (any case for the county): it lies there and does not
 * accuse it — the same rule as CASE_UNIT, so a township's scope lists exactly its grouped records.
 */
export const IN_TOWNSHIP = `($5::uuid IS NULL OR (c.township_id = $5::uuid AND NOT (${ACCUSES_OWN_TOWNSHIP}))) AND ${ONE_CASE('c.id')}`;

/**
 * The records of a source, with every parameter typed up front: a source that does not use all
 * of them would otherwise leave PostgreSQL unable to infer their types.
 */
export const recordsOf = (sql: string): string =>
  `WITH scope_params AS (SELECT $1::timestamptz, $2::timestamptz, $3::date, $4::date, $5::uuid, $6::date, $7::int, $8::uuid) SELECT * FROM (${sql}) records`;

/**
 * The records of a source as the scope's township ($5) may see them: without the 检举控告 cases
 * that accuse it, which are never shown to the accused (条例 Art 30 ¶3), whatever township they lie in.
 */
export const withoutAccusationsAgainstScope = (sql: string): string => `
  SELECT s.* FROM (${sql}) s
  WHERE s.case_id IS NULL OR NOT EXISTS (
    SELECT 1 FROM petition_case a WHERE a.id = s.case_id AND a.matter_type = 'ACCUSATION' AND a.involved_unit_id = $5::uuid)`;
