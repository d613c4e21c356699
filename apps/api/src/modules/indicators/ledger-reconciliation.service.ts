import { Injectable, Logger } from '@nestjs/common';
import { type IndicatorCode, indicatorDefinition, periodsOf, periodsOfYear } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { LivePublisher } from '../../core/live/live-publisher.service';
import { YEAR_LOCK } from './contribution-ledger.service';
import { CASE_RECORD_SOURCES } from './sources/case-record-sources';
import { recordsOf, scopeOf, sourceParams } from './sources/source-params';
import { countyIdOf, type SourceSums, townshipsOf, writeSnapshots } from './snapshot-writer';

/** A snapshot the reconciliation found different from the full computation, and corrected. */
export interface Drift {
  code: IndicatorCode;
  periodKey: string;
  unitId: string;
  was: SourceSums;
  is: SourceSums;
}

/**
 * Rewrites the ledger rows of one indicator and month from its source over the whole county ($9
 * the indicator, $10 the month): rows no longer produced are deleted, new or changed ones written;
 * returns how many rows changed.
 */
const rebuildMonth = (sql: string): string => `
  WITH fresh AS (${recordsOf(sql)}),
  gone AS (
    DELETE FROM indicator_contribution l WHERE l.indicator_code = $9::varchar AND l.month_key = $10::varchar
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.record_id::text = l.record_id) RETURNING 1),
  put AS (
    INSERT INTO indicator_contribution (indicator_code, record_id, month_key, case_id, unit_id, numerator, denominator)
    SELECT $9::varchar, f.record_id::text, $10::varchar, f.case_id::uuid, f.unit_id::uuid, f.numerator::numeric, f.denominator::numeric FROM fresh f
    ON CONFLICT (indicator_code, month_key, record_id) DO UPDATE SET case_id = EXCLUDED.case_id, unit_id = EXCLUDED.unit_id,
      numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator
    WHERE (indicator_contribution.case_id, indicator_contribution.unit_id, indicator_contribution.numerator, indicator_contribution.denominator)
      IS DISTINCT FROM (EXCLUDED.case_id, EXCLUDED.unit_id, EXCLUDED.numerator, EXCLUDED.denominator)
    RETURNING 1)
  SELECT (SELECT count(*) FROM gone)::int + (SELECT count(*) FROM put)::int AS changed`;

const key = (code: string, period: string, unit: string): string => `${code}|${period}|${unit}`;

/**
 * The full recomputation of the ledger indicators, kept as the nightly reconciliation (issue 19
 * point 2): each month of the year is evaluated county-wide by the very sources the drill-down
 * lists, the ledger is brought to agree, and every snapshot of the year's months, quarters and
 * year (county and townships) is set to the ledger's sums. Where the year was already kept by
 * events, a snapshot that differed is drift — time passing (a clock became overdue, an evaluation
 * window closed) or a missed event — and is logged. The year is then marked as kept by events.
 */
@Injectable()
export class LedgerReconciliationService {
  private readonly logger = new Logger(LedgerReconciliationService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly live: LivePublisher,
  ) {}

  async isKept(m: EntityManager | DataSource, year: number): Promise<boolean> {
    return ((await m.query('SELECT 1 FROM indicator_ledger_year WHERE year = $1', [year])) as unknown[]).length > 0;
  }

  async reconcileYear(m: EntityManager, year: number, now = new Date()): Promise<{ ledgerChanges: number; drift: Drift[] }> {
    await m.query('SELECT pg_advisory_xact_lock($1, $2)', [YEAR_LOCK, year]);
    const wasKept = await this.isKept(m, year);
    const periods = periodsOfYear(year);
    let ledgerChanges = 0;
    for (const [code, sql] of Object.entries(CASE_RECORD_SOURCES)) {
      for (const month of periods.filter((p) => p.kind === 'MONTH')) {
        const [row]: { changed: number }[] = await m.query(rebuildMonth(sql), [...sourceParams(scopeOf(month, null, this.config.EVALUATION_WINDOW_DAYS, now)), code, month.key]);
        ledgerChanges += row.changed;
      }
    }
    const figures = await this.ledgerSums(m, year, await countyIdOf(m));
    const codes = Object.keys(CASE_RECORD_SOURCES) as IndicatorCode[];
    const existing: { indicator_code: IndicatorCode; period_key: string; org_unit_id: string; numerator: string; denominator: string }[] = await m.query(
      'SELECT indicator_code, period_key, org_unit_id, numerator, denominator FROM indicator_snapshot WHERE indicator_code = ANY($1::varchar[]) AND period_key = ANY($2::varchar[])',
      [codes, periods.map((p) => p.key)],
    );
    const was = new Map(existing.map((r) => [key(r.indicator_code, r.period_key, r.org_unit_id), { numerator: Number(r.numerator), denominator: Number(r.denominator) }]));
    // Every unit with a figure or a stored snapshot, and the county and every township even at zero.
    const units = [...new Set([await countyIdOf(m), ...(await townshipsOf(m)), ...existing.map((r) => r.org_unit_id), ...[...figures.keys()].map((k) => k.split('|')[2])])];
    const drift: Drift[] = [];
    for (const code of codes) {
      for (const period of periods) {
        const sums = units.map((u) => figures.get(key(code, period.key, u)) ?? { numerator: 0, denominator: 0 });
        units.forEach((unitId, i) => {
          const before = was.get(key(code, period.key, unitId)) ?? { numerator: 0, denominator: 0 };
          if (before.numerator !== sums[i].numerator || before.denominator !== sums[i].denominator) drift.push({ code, periodKey: period.key, unitId, was: before, is: sums[i] });
        });
        await writeSnapshots(m, indicatorDefinition(code), period.key, units, sums);
      }
    }
    await m.query(
      `INSERT INTO indicator_ledger_year (year, reconciled_at, drift) VALUES ($1, now(), $2)
       ON CONFLICT (year) DO UPDATE SET reconciled_at = now(), drift = EXCLUDED.drift`,
      [year, wasKept ? drift.length : 0],
    );
    if (wasKept && drift.length > 0) {
      const shown = drift.slice(0, 20).map((d) => `${d.code} ${d.periodKey} ${d.unitId} ${d.was.numerator}/${d.was.denominator} → ${d.is.numerator}/${d.is.denominator}`);
      this.logger.warn(`Reconciliation of ${year} corrected ${drift.length} snapshot(s) (${ledgerChanges} ledger row(s)): ${shown.join('; ')}${drift.length > 20 ? '; …' : ''}`);
    }
    for (const period of new Set(drift.map((d) => d.periodKey))) {
      this.live.afterCommit(m, { topic: 'indicators', period, unitIds: [...new Set(drift.filter((d) => d.periodKey === period).map((d) => d.unitId))] });
    }
    return { ledgerChanges, drift: wasKept ? drift : [] };
  }

  /** The ledger's sums of the year by (indicator, period, unit): each month also counts in its quarter and year, each township also in the county. */
  private async ledgerSums(m: EntityManager, year: number, countyId: string): Promise<Map<string, SourceSums>> {
    const rows: { indicator_code: string; month_key: string; unit_id: string | null; n: string; d: string }[] = await m.query(
      `SELECT indicator_code, month_key, unit_id, sum(numerator) AS n, sum(denominator) AS d FROM indicator_contribution
       WHERE month_key >= $1 AND month_key < $2 GROUP BY 1, 2, 3`,
      [`${year}-01`, `${year + 1}-01`],
    );
    const sums = new Map<string, SourceSums>();
    for (const r of rows) {
      for (const period of periodsOf(`${r.month_key}-01`)) {
        for (const unit of r.unit_id ? [countyId, r.unit_id] : [countyId]) {
          const k = key(r.indicator_code, period.key, unit);
          const s = sums.get(k) ?? { numerator: 0, denominator: 0 };
          s.numerator += Number(r.n);
          s.denominator += Number(r.d);
          sums.set(k, s);
        }
      }
    }
    return sums;
  }
}
