import { Injectable } from '@nestjs/common';
import { chinaDate, chinaInstant, type IndicatorCode, INDICATOR_DEFINITIONS, indicatorValue, parsePeriod, type Period } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { recordsOf, type SourceScope, sourceParams } from './sources/source-params';
import { LEDGER_SOURCES } from './sources/ledger-sources';
import { WORKFLOW_SOURCES } from './sources/workflow-sources';

export interface SourceSums {
  numerator: number;
  denominator: number;
}

/**
 * Debounce of the dirty list: a (period, unit) is recomputed once its events have paused for
 * QUIET_MS, or at the latest MAX_WAIT_MS after its first event, so a burst costs one or two
 * recomputations whatever its size, and a figure is never more than MAX_WAIT_MS behind.
 */
export const QUIET_MS = 2000;
export const MAX_WAIT_MS = 30_000;

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
  ) {}

  /** The SQL behind each indicator that this installation can compute. */
  sources(): ReadonlyMap<IndicatorCode, string> {
    return new Map(Object.entries({ ...WORKFLOW_SOURCES, ...LEDGER_SOURCES }) as [IndicatorCode, string][]);
  }

  async countyId(m: EntityManager | DataSource = this.dataSource): Promise<string> {
    const [row]: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE type = 'COUNTY' ORDER BY created_at LIMIT 1`);
    return row.id;
  }

  scope(period: Period, townshipId: string | null, now = new Date()): SourceScope {
    return {
      fromInstant: chinaInstant(period.from),
      toInstant: chinaInstant(period.to),
      fromDate: period.from,
      toDate: period.to,
      townshipId,
      today: chinaDate(now),
      evaluationWindowDays: this.config.EVALUATION_WINDOW_DAYS,
    };
  }

  async sums(m: EntityManager | DataSource, sql: string, scope: SourceScope): Promise<SourceSums> {
    const [row]: { numerator: string; denominator: string }[] = await m.query(
      `SELECT coalesce(sum(r.numerator), 0) AS numerator, coalesce(sum(r.denominator), 0) AS denominator FROM (${recordsOf(sql)}) r`,
      sourceParams(scope),
    );
    return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
  }

  /** Recomputes every available indicator of one period and unit; returns how many were written. */
  async recompute(m: EntityManager, periodKey: string, orgUnitId: string): Promise<number> {
    const period = parsePeriod(periodKey);
    if (!period) return 0;
    const started = Date.now();
    const county = await this.countyId(m);
    const scope = this.scope(period, orgUnitId === county ? null : orgUnitId);
    const sources = this.sources();
    let written = 0;
    for (const definition of INDICATOR_DEFINITIONS) {
      const sql = sources.get(definition.code);
      if (!sql) continue;
      const { numerator, denominator } = await this.sums(m, sql, scope);
      const value = indicatorValue(definition.kind, numerator, denominator);
      const changed: unknown[] = await m.query(
        `INSERT INTO indicator_snapshot (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (indicator_code, period_key, org_unit_id) DO UPDATE SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
           value = EXCLUDED.value, definition_version = EXCLUDED.definition_version, computed_at = now()
         RETURNING (xmax = 0) AS inserted`,
        [definition.code, periodKey, orgUnitId, numerator, denominator, value, definition.version],
      );
      // History: every computation that changed the figure (the first one included).
      await m.query(
        `INSERT INTO indicator_snapshot_history (indicator_code, period_key, org_unit_id, numerator, denominator, value, definition_version, computed_at)
         SELECT $1::varchar, $2::varchar, $3::uuid, $4::numeric, $5::numeric, $6::numeric, $7::int, now()
         WHERE NOT EXISTS (SELECT 1 FROM indicator_snapshot_history h WHERE h.id = (
           SELECT max(id) FROM indicator_snapshot_history WHERE indicator_code = $1::varchar AND period_key = $2::varchar AND org_unit_id = $3::uuid)
           AND h.numerator = $4::numeric AND h.denominator = $5::numeric AND h.definition_version = $7::int)`,
        [definition.code, periodKey, orgUnitId, numerator, denominator, value, definition.version],
      );
      written += changed.length > 0 ? 1 : 0;
    }
    await m.query('INSERT INTO indicator_run (period_key, org_unit_id, indicators, ms) VALUES ($1, $2, $3, $4)', [periodKey, orgUnitId, written, Date.now() - started]);
    return written;
  }

  async markDirty(m: EntityManager | DataSource, periodKeys: readonly string[], orgUnitIds: readonly string[]): Promise<void> {
    if (periodKeys.length === 0 || orgUnitIds.length === 0) return;
    await m.query(
      `INSERT INTO indicator_dirty (period_key, org_unit_id)
       SELECT p, u FROM unnest($1::text[]) p, unnest($2::uuid[]) u
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
    for (;;) {
      const claimed = await this.dataSource.transaction(async (m) => {
        const [row]: { period_key: string; org_unit_id: string }[] = await m.query(
          `SELECT period_key, org_unit_id FROM indicator_dirty
           WHERE $1 OR dirty_at < clock_timestamp() - make_interval(secs => $2) OR first_dirty_at < clock_timestamp() - make_interval(secs => $3)
           ORDER BY first_dirty_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [all, QUIET_MS / 1000, MAX_WAIT_MS / 1000],
        );
        if (!row) return false;
        await this.recompute(m, row.period_key, row.org_unit_id);
        await m.query('DELETE FROM indicator_dirty WHERE period_key = $1 AND org_unit_id = $2', [row.period_key, row.org_unit_id]);
        return true;
      });
      if (!claimed) break;
      done++;
    }
    const [{ waiting }]: { waiting: number }[] = await this.dataSource.query('SELECT count(*)::int AS waiting FROM indicator_dirty');
    return { done, waiting };
  }
}
