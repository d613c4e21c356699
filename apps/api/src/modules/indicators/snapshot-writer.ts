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

/** Upserts the snapshots of one indicator for the units, and appends history where a figure changed. */
export async function writeSnapshots(m: EntityManager, d: IndicatorDefinition, periodKey: string, units: readonly string[], figures: readonly SourceSums[]): Promise<number> {
  const params = [
    d.code,
    periodKey,
    units,
    figures.map((f) => f.numerator),
    figures.map((f) => f.denominator),
    figures.map((f) => indicatorValue(d.kind, f.numerator, f.denominator)),
    d.version,
  ];
  const written: unknown[] = await m.query(
    `INSERT INTO indicator_snapshot (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
     SELECT $1, $2, u.id, u.n, u.d, u.v, $7, now() FROM unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::numeric[]) AS u(id, n, d, v)
     ON CONFLICT (indicator_code, period_key, org_unit_id) DO UPDATE SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
       value = EXCLUDED.value, definition_version = EXCLUDED.definition_version, computed_at = now()
     RETURNING 1`,
    params,
  );
  // History: every computation that changed the figure (the first one included). Each unit's last
  // history row is found through the index, one probe per unit: a NOT EXISTS over max(id) let the
  // planner hash the whole history table on every write (issue 19.3's profile).
  await m.query(
    `INSERT INTO indicator_snapshot_history (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
     SELECT $1::varchar, $2::varchar, u.id, u.n, u.d, u.v, $7::int, now() FROM unnest($3::uuid[], $4::numeric[], $5::numeric[], $6::numeric[]) AS u(id, n, d, v)
     LEFT JOIN LATERAL (
       SELECT h.numerator, h.denominator, h.definition_version FROM indicator_snapshot_history h
       WHERE h.indicator_code = $1::varchar AND h.period_key = $2::varchar AND h.org_unit_id = u.id ORDER BY h.id DESC LIMIT 1) last ON true
     WHERE last.numerator IS NULL OR (last.numerator, last.denominator, last.definition_version) IS DISTINCT FROM (u.n, u.d, $7::int)`,
    params,
  );
  return written.length;
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
 * snapshot is created, an old definition version brought up to date). Returns the snapshots changed.
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
