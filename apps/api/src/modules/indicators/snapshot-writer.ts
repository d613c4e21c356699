import { type IndicatorCode, indicatorDefinition, type IndicatorDefinition, indicatorValue } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface SourceSums {
  numerator: number;
  denominator: number;
}

/** A change of one snapshot: what to add to its numerator and denominator. */
export interface SnapshotDelta extends SourceSums {
  code: IndicatorCode;
  periodKey: string;
  unitId: string;
}

export async function countyIdOf(m: EntityManager | DataSource): Promise<string> {
  const [row]: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE type = 'COUNTY' ORDER BY created_at LIMIT 1`);
  return row.id;
}

export async function townshipsOf(m: EntityManager | DataSource): Promise<string[]> {
  const rows: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL ORDER BY id`);
  return rows.map((r) => r.id);
}

/**
 * Upserts the snapshots of one indicator for the units, writing only those whose figures changed,
 * and appends each written one to the history. A snapshot's `computed_at` is when its figures last
 * changed (what its history row records), not when they were last checked: a recomputation that
 * finds the same numerator, denominator, value and definition version leaves the row untouched
 * (issue 19.3 — rewriting every row of every indicator was nearly all of a full recomputation's
 * cost). When the figures were last computed is indicator_run's (see IndicatorQueriesService).
 * Returns how many snapshots were written.
 */
export async function writeSnapshots(m: EntityManager, d: IndicatorDefinition, periodKey: string, units: readonly string[], figures: readonly SourceSums[]): Promise<number> {
  const [{ written }]: { written: number }[] = await m.query(
    `WITH written AS (
       INSERT INTO indicator_snapshot AS s (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
       SELECT $1, $2, u.id, u.n, u.d, u.v, $7, now() FROM unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::numeric[]) AS u(id, n, d, v)
       ON CONFLICT (indicator_code, period_key, org_unit_id) DO UPDATE SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
         value = EXCLUDED.value, definition_version = EXCLUDED.definition_version, computed_at = now()
       WHERE (s.numerator, s.denominator, s.value, s.definition_version) IS DISTINCT FROM (EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.value, EXCLUDED.definition_version)
       RETURNING s.indicator_code, s.period_key, s.org_unit_id, s.numerator, s.denominator, s.value, s.definition_version, s.computed_at),
     -- History: every write (the first one included), so its last row per snapshot is the snapshot's figures.
     logged AS (
       INSERT INTO indicator_snapshot_history (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
       SELECT * FROM written RETURNING 1)
     SELECT count(*)::int AS written FROM logged`,
    [
      d.code,
      periodKey,
      units,
      figures.map((f) => f.numerator),
      figures.map((f) => f.denominator),
      figures.map((f) => indicatorValue(d.kind, f.numerator, f.denominator)),
      d.version,
    ],
  );
  return written;
}

/** A snapshot after a delta was added to it. */
export interface SnapshotAfter extends SourceSums {
  code: IndicatorCode;
  periodKey: string;
  unitId: string;
}

/**
 * Adds the deltas to their snapshots (a missing snapshot starts from zero) and appends the new
 * figures to the history. Rows are locked in one order (indicator, period, unit), so two events
 * updating the same county rows wait for each other instead of deadlocking; the sums are added in
 * SQL, so they commute. A zero delta is skipped unless `keepZero` (the reconciliation: a missing
 * snapshot is created, an old definition version brought up to date); even then an existing
 * snapshot whose figures and version it would not change is left as it is, so its `computed_at`
 * stays when its figures last changed (see writeSnapshots). Returns the snapshots changed.
 */
export async function applySnapshotDeltas(m: EntityManager, deltas: readonly SnapshotDelta[], keepZero = false): Promise<SnapshotAfter[]> {
  const rows = deltas.filter((d) => keepZero || d.numerator !== 0 || d.denominator !== 0);
  if (rows.length === 0) return [];
  rows.sort((a, b) => a.code.localeCompare(b.code) || a.periodKey.localeCompare(b.periodKey) || a.unitId.localeCompare(b.unitId));
  const added: { indicator_code: IndicatorCode; period_key: string; org_unit_id: string; numerator: string; denominator: string }[] = await m.query(
    `INSERT INTO indicator_snapshot (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
     SELECT u.c, u.p, u.id, u.n, u.d, NULL, u.v, now()
     FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::numeric[], $5::numeric[], $6::int[]) WITH ORDINALITY AS u(c, p, id, n, d, v, o) ORDER BY u.o
     ON CONFLICT (indicator_code, period_key, org_unit_id) DO UPDATE SET numerator = indicator_snapshot.numerator + EXCLUDED.numerator,
       denominator = indicator_snapshot.denominator + EXCLUDED.denominator, definition_version = EXCLUDED.definition_version, computed_at = now()
     WHERE EXCLUDED.numerator <> 0 OR EXCLUDED.denominator <> 0 OR indicator_snapshot.definition_version <> EXCLUDED.definition_version
     RETURNING indicator_code, period_key, org_unit_id, numerator, denominator`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.periodKey),
      rows.map((r) => r.unitId),
      rows.map((r) => r.numerator),
      rows.map((r) => r.denominator),
      rows.map((r) => indicatorDefinition(r.code).version),
    ],
  );
  const values = added.map((r) => indicatorValue(indicatorDefinition(r.indicator_code).kind, Number(r.numerator), Number(r.denominator)));
  const params = [added.map((r) => r.indicator_code), added.map((r) => r.period_key), added.map((r) => r.org_unit_id), values];
  await m.query(
    `WITH valued AS (
       UPDATE indicator_snapshot s SET value = u.v FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::numeric[]) AS u(c, p, id, v)
       WHERE s.indicator_code = u.c AND s.period_key = u.p AND s.org_unit_id = u.id
       RETURNING s.indicator_code, s.period_key, s.org_unit_id, s.numerator, s.denominator, s.value, s.definition_version, s.computed_at)
     INSERT INTO indicator_snapshot_history (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
     SELECT * FROM valued`,
    params,
  );
  return added.map((r) => ({ code: r.indicator_code, periodKey: r.period_key, unitId: r.org_unit_id, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
}
