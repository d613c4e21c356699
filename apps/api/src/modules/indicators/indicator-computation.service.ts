import { Injectable } from '@nestjs/common';
import { type IndicatorCode, INDICATOR_DEFINITIONS, parsePeriod, type Period } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { LivePublisher } from '../../core/live/live-publisher.service';
import { LedgerReconciliationService } from './ledger-reconciliation.service';
import { countyIdOf, type SourceSums, writeSnapshots } from './snapshot-writer';
import { isCaseRecordIndicator } from './sources/case-record-sources';
import { recordsOf, scopeOf, type SourceScope, sourceParams } from './sources/source-params';
import { GOAL_ROW_SOURCES } from './sources/goal-row-sources';
import { LEDGER_SOURCES } from './sources/ledger-sources';
import { WORKFLOW_SOURCES } from './sources/workflow-sources';

export type { SourceSums } from './snapshot-writer';

/**
 * Debounce of the dirty list: a (period, unit) is recomputed once its events have paused for
 * QUIET_MS, or at the latest MAX_WAIT_MS after its first event, so a burst costs one or two
 * recomputations whatever its size, and a figure is never more than MAX_WAIT_MS behind.
 */
export const QUIET_MS = 2000;
export const MAX_WAIT_MS = 30_000;
/**
 * Months go before quarters and years (their snapshots are what intake and the dashboard look at
 * first; a year at province scale takes several times a month), unless a pair has waited longer
 * than this: then the oldest goes first, so a steady stream of intakes never starves the year.
 */
const STARVATION_MS = 5 * MAX_WAIT_MS;
/** A batch of more townships than this (or with the county) is computed by one grouped query per indicator. */
const GROUPED_FROM_UNITS = 3;

/**
 * Computes snapshots from the records behind each indicator — the same SQL the drill-down lists —
 * and works off the dirty list: each (period, unit) marked by any number of events is recomputed
 * once, inside a transaction that holds its dirty row, so an event arriving meanwhile marks it
 * again after the commit and is never lost.
 */
@Injectable()
export class IndicatorComputationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly live: LivePublisher,
    private readonly reconciliation: LedgerReconciliationService,
  ) {}

  /** The SQL behind each indicator that this installation can compute. */
  sources(): ReadonlyMap<IndicatorCode, string> {
    return new Map(Object.entries({ ...WORKFLOW_SOURCES, ...LEDGER_SOURCES, ...GOAL_ROW_SOURCES }) as [IndicatorCode, string][]);
  }

  countyId(m: EntityManager | DataSource = this.dataSource): Promise<string> {
    return countyIdOf(m);
  }

  scope(period: Period, townshipId: string | null, now = new Date()): SourceScope {
    return scopeOf(period, townshipId, this.config.EVALUATION_WINDOW_DAYS, now);
  }

  async sums(m: EntityManager | DataSource, sql: string, scope: SourceScope): Promise<SourceSums> {
    const [row]: { numerator: string; denominator: string }[] = await m.query(
      `SELECT coalesce(sum(r.numerator), 0) AS numerator, coalesce(sum(r.denominator), 0) AS denominator FROM (${recordsOf(sql)}) r`,
      sourceParams(scope),
    );
    return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
  }

  /**
   * Every unit's sums at once: the source over the whole county, grouped by the unit each record
   * counts for (GROUPING SETS adds the county total, keyed null).
   */
  async unitSums(m: EntityManager | DataSource, sql: string, scope: SourceScope): Promise<Map<string | null, SourceSums>> {
    const rows: { unit_id: string | null; total: boolean; numerator: string; denominator: string }[] = await m.query(
      `SELECT r.unit_id, grouping(r.unit_id) = 1 AS total, coalesce(sum(r.numerator), 0) AS numerator, coalesce(sum(r.denominator), 0) AS denominator
       FROM (${recordsOf(sql)}) r GROUP BY GROUPING SETS ((r.unit_id), ())`,
      sourceParams({ ...scope, townshipId: null }),
    );
    const sums = new Map<string | null, SourceSums>();
    for (const r of rows) if (r.total || r.unit_id !== null) sums.set(r.total ? null : r.unit_id, { numerator: Number(r.numerator), denominator: Number(r.denominator) });
    return sums;
  }

  /**
   * Recomputes every available indicator of one period for several units. With the county or many
   * townships in the batch, each indicator is one county-wide query grouped by township (a province's
   * two thousand townships cost what the county alone costs); a few townships are computed each in
   * its own scope, which the indexes make cheap. Only snapshots whose figures changed are written
   * (see writeSnapshots); the indicator_run row of each unit records that its figures were computed
   * then, changed or not — the dashboard's 计算于. Returns how many snapshots were written.
   */
  async recomputeUnits(m: EntityManager, periodKey: string, orgUnitIds: readonly string[], reconcile = false): Promise<number> {
    const period = parsePeriod(periodKey);
    if (!period || orgUnitIds.length === 0) return 0;
    const started = Date.now();
    const county = await this.countyId(m);
    const grouped = orgUnitIds.includes(county) || orgUnitIds.length > GROUPED_FROM_UNITS;
    const sources = this.sources();
    let written = 0;
    let computed = 0;
    // The ledger indicators are kept by their cases' events; a year's key reconciles them all
    // (nightly, on an administrator's request, or the first time a year is asked for).
    const year = Number(period.from.slice(0, 4));
    if (period.kind === 'YEAR' && (reconcile || !(await this.reconciliation.isKept(m, year)))) await this.reconciliation.reconcileYear(m, year);
    for (const definition of INDICATOR_DEFINITIONS) {
      const sql = sources.get(definition.code);
      if (!sql || isCaseRecordIndicator(definition.code)) continue;
      const sums = grouped ? await this.unitSums(m, sql, this.scope(period, null)) : null;
      const figures: SourceSums[] = [];
      for (const unit of orgUnitIds) {
        const key = unit === county ? null : unit;
        figures.push(sums ? (sums.get(key) ?? { numerator: 0, denominator: 0 }) : await this.sums(m, sql, this.scope(period, key)));
      }
      written += await writeSnapshots(m, definition, periodKey, orgUnitIds, figures);
      computed += 1;
    }
    const ms = Date.now() - started;
    await m.query('INSERT INTO indicator_run (period_key, org_unit_id, indicators, ms) SELECT $1, u, $3, $4 FROM unnest($2::uuid[]) u', [periodKey, orgUnitIds, computed, ms]);
    return written;
  }

  // Rows are upserted in one order (period, unit), so concurrent marks (intakes, an administrator's
  // recompute) wait for each other instead of deadlocking.
  async markDirty(m: EntityManager | DataSource, periodKeys: readonly string[], orgUnitIds: readonly string[]): Promise<void> {
    if (periodKeys.length === 0 || orgUnitIds.length === 0) return;
    await m.query(
      `INSERT INTO indicator_dirty (period_key, org_unit_id)
       SELECT p, u FROM unnest($1::text[]) p, unnest($2::uuid[]) u ORDER BY p, u
       ON CONFLICT (period_key, org_unit_id) DO UPDATE SET dirty_at = clock_timestamp()`,
      [[...new Set(periodKeys)], [...new Set(orgUnitIds)]],
    );
  }

  /**
   * Recomputes the dirty (period, unit) pairs that are due (see QUIET_MS) until none is left;
   * `all` ignores the debounce (the nightly run and tests). Returns how many were recomputed and
   * how many are still waiting for their burst to pause.
   */
  async processDirty(all = false): Promise<{ done: number; waiting: number }> {
    let done = 0;
    const due = `($1 OR dirty_at < clock_timestamp() - make_interval(secs => $2) OR first_dirty_at < clock_timestamp() - make_interval(secs => $3))`;
    const dueParams = [all, QUIET_MS / 1000, MAX_WAIT_MS / 1000];
    for (;;) {
      const claimed = await this.dataSource.transaction(async (m) => {
        const [first]: { period_key: string }[] = await m.query(
          // Period keys: '2026-11' (month), '2026Q4' (quarter), '2026' (year): the longer, the shorter the period.
          `SELECT period_key FROM indicator_dirty WHERE ${due}
           ORDER BY first_dirty_at < clock_timestamp() - make_interval(secs => $4) DESC, length(period_key) DESC, first_dirty_at
           LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [...dueParams, STARVATION_MS / 1000],
        );
        if (!first) return 0;
        // The rest of that period's due units join the batch (rows another worker holds are skipped).
        const rows: { org_unit_id: string }[] = await m.query(
          `SELECT org_unit_id FROM indicator_dirty WHERE period_key = $4 AND ${due} ORDER BY org_unit_id FOR UPDATE SKIP LOCKED`,
          [...dueParams, first.period_key],
        );
        const units = rows.map((r) => r.org_unit_id);
        await this.recomputeUnits(m, first.period_key, units, all);
        // Open dashboards of this period refetch once the new snapshots are committed.
        this.live.afterCommit(m, { topic: 'indicators', period: first.period_key, unitIds: units });
        await m.query('DELETE FROM indicator_dirty WHERE period_key = $1 AND org_unit_id = ANY($2::uuid[])', [first.period_key, units]);
        return units.length;
      });
      if (claimed === 0) break;
      done += claimed;
    }
    const [{ waiting }]: { waiting: number }[] = await this.dataSource.query('SELECT count(*)::int AS waiting FROM indicator_dirty');
    return { done, waiting };
  }
}
