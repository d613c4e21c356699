import { Injectable } from '@nestjs/common';
import { type IndicatorCode, parsePeriod, periodsOf } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { LivePublisher } from '../../core/live/live-publisher.service';
import { CASE_RECORD_SOURCES } from './sources/case-record-sources';
import { recordsOf, scopeOf, sourceParams } from './sources/source-params';
import { applySnapshotDeltas, countyIdOf, type SnapshotDelta } from './snapshot-writer';

/**
 * Advisory-lock namespaces: one case's ledger rows; one month's ledger rows (shared by events,
 * exclusive while the reconciliation rewrites one indicator of that month); one year's
 * reconciliation (reconciliations only: events never wait for it).
 */
export const CASE_LOCK = 19_201;
export const MONTH_LOCK = 19_202;
export const RECONCILE_LOCK = 19_203;

/** The key of a month's lock: '2026-12' → 202612. */
export const monthLockKey = (monthKey: string): number => Number(monthKey.slice(0, 4)) * 100 + Number(monthKey.slice(5, 7));

/** One row of the ledger: what a record adds to an indicator in its month, for its township (NULL: the county only). */
export interface Contribution {
  code: IndicatorCode;
  recordId: string;
  monthKey: string;
  unitId: string | null;
  numerator: number;
  denominator: number;
}

/**
 * Every day a case's records can count on: its registration, its clocks' due dates, its visits'
 * arrivals, its evaluations, and a notice's delivery plus the evaluation window (participation);
 * with the months it already has contributions in (so a record that left a month is taken out).
 */
const CANDIDATE_MONTHS = `
  SELECT m.month_key, EXISTS (SELECT 1 FROM indicator_ledger_year y WHERE y.year = left(m.month_key, 4)::int) AS kept
  FROM (SELECT DISTINCT to_char(d, 'YYYY-MM') AS month_key FROM (
    SELECT (registered_at AT TIME ZONE 'Asia/Shanghai')::date AS d FROM petition_case WHERE id = $1
    UNION SELECT due_on FROM case_clock WHERE case_id = $1
    UNION SELECT (arrival_at AT TIME ZONE 'Asia/Shanghai')::date FROM visit WHERE case_id = $1
    UNION SELECT (recorded_at AT TIME ZONE 'Asia/Shanghai')::date FROM case_evaluation WHERE case_id = $1
    UNION SELECT (delivered_at AT TIME ZONE 'Asia/Shanghai')::date + $2::int FROM case_notice WHERE case_id = $1 AND delivered_at IS NOT NULL
    UNION SELECT to_date(month_key, 'YYYY-MM') FROM indicator_contribution WHERE case_id = $1) days
  WHERE d IS NOT NULL) m ORDER BY 1`;

/** The case's records of every ledger indicator in one month: the very source SQL, restricted to the case ($8). */
const CASE_RECORDS = recordsOf(
  Object.entries(CASE_RECORD_SOURCES)
    .map(
      ([code, sql]) =>
        `SELECT '${code}'::text AS code, r.record_id::text AS record_id, r.unit_id::uuid AS unit_id, r.numerator::numeric AS numerator, r.denominator::numeric AS denominator FROM (${sql}) r`,
    )
    .join('\nUNION ALL\n'),
);

const keyOf = (c: Contribution): string => `${c.code}|${c.monthKey}|${c.recordId}`;

/**
 * The incremental path of issue 19 point 2. On an event about a case, the case's records are
 * evaluated again by the sources themselves, compared with the contributions the ledger holds for
 * the case, and the difference is written to the ledger and added to the snapshots it changes
 * (county and township, its month, quarter and year), in the event's own transaction. Running it
 * twice finds nothing to change, so a redelivered event never counts twice (the dispatcher's
 * receipts skip it anyway). Only years whose ledger a full reconciliation built are kept this way;
 * the others are returned for the caller to mark for that reconciliation.
 */
@Injectable()
export class ContributionLedgerService {
  /** The county's id: its org unit is created once with the installation. */
  private county: string | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly live: LivePublisher,
  ) {}

  async applyCase(m: EntityManager, caseId: string, now = new Date()): Promise<{ changed: number; unreconciledYears: number[] }> {
    // One event of a case at a time (its ledger rows are read, then rewritten).
    await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CASE_LOCK, caseId]);
    const candidates: { month_key: string; kept: boolean }[] = await m.query(CANDIDATE_MONTHS, [caseId, this.config.EVALUATION_WINDOW_DAYS]);
    const yearOf = (k: string): number => Number(k.slice(0, 4));
    const kept = candidates.filter((c) => c.kept).map((c) => c.month_key);
    const unreconciledYears = [...new Set(candidates.filter((c) => !c.kept).map((c) => yearOf(c.month_key)))];
    if (kept.length === 0) return { changed: 0, unreconciledYears };
    // The months of kept years are locked shared, in order (no event waits for another in a cycle):
    // the reconciliation rewrites one indicator of one month at a time under that month's lock
    // alone, so this event waits for one such step at most and then reads what it wrote. A year not
    // yet kept is not locked: its reconciliation, marked by the caller, reads this case anyway.
    await m.query('SELECT pg_advisory_xact_lock_shared($1, k) FROM unnest($2::int[]) k ORDER BY k', [MONTH_LOCK, kept.map(monthLockKey)]);

    const fresh = await this.evaluate(m, caseId, kept, now);
    const stored = await this.stored(m, caseId, kept);
    const before = new Map(stored.map((c) => [keyOf(c), c]));
    const after = new Map(fresh.map((c) => [keyOf(c), c]));
    const removed = stored.filter((c) => !after.has(keyOf(c)) || !same(c, after.get(keyOf(c)) as Contribution));
    const added = fresh.filter((c) => !before.has(keyOf(c)) || !same(c, before.get(keyOf(c)) as Contribution));
    if (removed.length === 0 && added.length === 0) return { changed: 0, unreconciledYears };

    await this.write(m, caseId, removed, added);
    this.county ??= await countyIdOf(m);
    const changed = await applySnapshotDeltas(m, deltasOf([...removed.map((c) => ({ c, sign: -1 as const })), ...added.map((c) => ({ c, sign: 1 as const }))], this.county));
    const byPeriod = new Map<string, Set<string>>();
    for (const c of changed) byPeriod.set(c.periodKey, (byPeriod.get(c.periodKey) ?? new Set()).add(c.unitId));
    // Open dashboards of these periods refetch once the event's transaction has committed.
    for (const [period, units] of byPeriod) this.live.afterCommit(m, { topic: 'indicators', period, unitIds: [...units] });
    return { changed: changed.length, unreconciledYears };
  }

  private async evaluate(m: EntityManager, caseId: string, months: readonly string[], now: Date): Promise<Contribution[]> {
    const out: Contribution[] = [];
    for (const monthKey of months) {
      const period = parsePeriod(monthKey);
      if (!period) continue;
      const rows: { code: IndicatorCode; record_id: string; unit_id: string | null; numerator: string; denominator: string }[] = await m.query(
        CASE_RECORDS,
        sourceParams(scopeOf(period, null, this.config.EVALUATION_WINDOW_DAYS, now, caseId)),
      );
      for (const r of rows) out.push({ code: r.code, recordId: r.record_id, monthKey, unitId: r.unit_id, numerator: Number(r.numerator), denominator: Number(r.denominator) });
    }
    return out;
  }

  private async stored(m: EntityManager, caseId: string, months: readonly string[]): Promise<Contribution[]> {
    const rows: { indicator_code: IndicatorCode; record_id: string; month_key: string; unit_id: string | null; numerator: string; denominator: string }[] = await m.query(
      'SELECT indicator_code, record_id, month_key, unit_id, numerator, denominator FROM indicator_contribution WHERE case_id = $1 AND month_key = ANY($2::varchar[])',
      [caseId, months],
    );
    return rows.map((r) => ({
      code: r.indicator_code,
      recordId: r.record_id,
      monthKey: r.month_key,
      unitId: r.unit_id,
      numerator: Number(r.numerator),
      denominator: Number(r.denominator),
    }));
  }

  private async write(m: EntityManager, caseId: string, removed: readonly Contribution[], added: readonly Contribution[]): Promise<void> {
    if (removed.length > 0) {
      await m.query(
        `DELETE FROM indicator_contribution l USING unnest($1::varchar[], $2::varchar[], $3::text[]) AS u(c, k, r)
         WHERE l.indicator_code = u.c AND l.month_key = u.k AND l.record_id = u.r`,
        [removed.map((c) => c.code), removed.map((c) => c.monthKey), removed.map((c) => c.recordId)],
      );
    }
    if (added.length > 0) {
      await m.query(
        `INSERT INTO indicator_contribution (indicator_code, record_id, month_key, case_id, unit_id, numerator, denominator)
         SELECT u.c, u.r, u.k, $1, u.unit, u.n, u.d FROM unnest($2::varchar[], $3::text[], $4::varchar[], $5::uuid[], $6::numeric[], $7::numeric[]) AS u(c, r, k, unit, n, d)`,
        [
          caseId,
          added.map((c) => c.code),
          added.map((c) => c.recordId),
          added.map((c) => c.monthKey),
          added.map((c) => c.unitId),
          added.map((c) => c.numerator),
          added.map((c) => c.denominator),
        ],
      );
    }
  }
}

const same = (a: Contribution, b: Contribution): boolean => a.unitId === b.unitId && a.numerator === b.numerator && a.denominator === b.denominator;

/** What contributions added (sign 1) and taken away (-1) change in each snapshot: county and township, month, quarter and year. */
export function deltasOf(changes: readonly { c: Contribution; sign: 1 | -1 }[], countyId: string): SnapshotDelta[] {
  const deltas = new Map<string, SnapshotDelta>();
  for (const { c, sign } of changes) {
    const periods = periodsOf(`${c.monthKey}-01`).map((p) => p.key);
    for (const periodKey of periods) {
      for (const unitId of c.unitId ? [countyId, c.unitId] : [countyId]) {
        const key = `${c.code}|${periodKey}|${unitId}`;
        const d = deltas.get(key) ?? { code: c.code, periodKey, unitId, numerator: 0, denominator: 0 };
        d.numerator += sign * c.numerator;
        d.denominator += sign * c.denominator;
        deltas.set(key, d);
      }
    }
  }
  return [...deltas.values()];
}
