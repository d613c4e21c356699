import { Injectable, Logger } from '@nestjs/common';
import { type IndicatorCode, indicatorDefinition, periodsOf, periodsOfYear } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { LivePublisher } from '../../core/live/live-publisher.service';
import { deltasOf, MONTH_LOCK, monthLockKey, RECONCILE_LOCK } from './contribution-ledger.service';
import { LEDGER_DIFFERENCES, rebuildMonthSql } from './reconciliation-sql';
import { CASE_RECORD_SOURCES } from './sources/case-record-sources';
import { scopeOf, sourceParams } from './sources/source-params';
import { applySnapshotDeltas, countyIdOf, type SnapshotAfter, type SnapshotDelta, type SourceSums, townshipsOf } from './snapshot-writer';

/** A snapshot the reconciliation found different from the full computation, and corrected. */
export interface Drift {
  code: IndicatorCode;
  periodKey: string;
  unitId: string;
  was: SourceSums;
  is: SourceSums;
}

/** Called between the reconciliation's steps: after one indicator of one month was rewritten and committed. */
export interface ReconcileHooks {
  afterStep?(monthKey: string, code: IndicatorCode): Promise<void>;
}

const key = (code: string, period: string, unit: string): string => `${code}|${period}|${unit}`;

/**
 * The full recomputation of the ledger indicators, kept as the nightly reconciliation (issue 19
 * point 2): each month of the year is evaluated county-wide by the very sources the drill-down
 * lists, the ledger is brought to agree (its snapshots moved by what its rows moved, as a case
 * event moves them), and then every snapshot of the year's months, quarters and year (county and
 * townships) is set to the ledger's sums. Where the year was already kept by events, a snapshot that
 * changed is drift — time passing (a clock became overdue, an evaluation window closed) or a missed
 * event — and is logged. The year is then marked as kept by events. Case events go on meanwhile
 * (issue 19 point 1 of the performance work): see reconcileYear and correctSnapshots.
 */
@Injectable()
export class LedgerReconciliationService {
  private readonly logger = new Logger(LedgerReconciliationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly live: LivePublisher,
  ) {}

  async isKept(m: EntityManager | DataSource, year: number): Promise<boolean> {
    return ((await m.query('SELECT 1 FROM indicator_ledger_year WHERE year = $1', [year])) as unknown[]).length > 0;
  }

  /**
   * Reconciles a year (see the class comment). `m` is the caller's transaction: it holds the year's
   * reconciliation lock (one reconciliation of a year at a time) and records each month's time in
   * indicator_reconciliation_run (not indicator_run, which counts (period, unit) computations); the ledger and
   * the snapshots are rewritten in short transactions of their own, one indicator of one month
   * each, under that month's lock alone — a case event of the year waits for one such step at most,
   * never for the whole run. `hooks.afterStep` is called between steps (tests pause there).
   */
  async reconcileYear(m: EntityManager, year: number, now = new Date(), hooks: ReconcileHooks = {}): Promise<{ ledgerChanges: number; drift: Drift[] }> {
    await m.query('SELECT pg_advisory_xact_lock($1, $2)', [RECONCILE_LOCK, year]);
    const wasKept = await this.isKept(m, year);
    const countyId = await countyIdOf(m);
    const periods = periodsOfYear(year);
    const changes = new Map<string, Drift>();
    let ledgerChanges = 0;
    for (const month of periods.filter((p) => p.kind === 'MONTH')) {
      const started = Date.now();
      const changedBefore = ledgerChanges;
      for (const [code, sql] of Object.entries(CASE_RECORD_SOURCES) as [IndicatorCode, string][]) {
        ledgerChanges += await this.dataSource.transaction(async (t) => {
          await t.query('SELECT pg_advisory_xact_lock($1, $2)', [MONTH_LOCK, monthLockKey(month.key)]);
          const rows: { unit_id: string | null; numerator: string; denominator: string; changed: number }[] = await t.query(rebuildMonthSql(sql), [
            ...sourceParams(scopeOf(month, null, this.config.EVALUATION_WINDOW_DAYS, now)),
            code,
            month.key,
          ]);
          // The snapshots move with the ledger rows, in the same transaction, as a case event moves them.
          const moved = rows.map((r) => ({
            c: { code, recordId: '', monthKey: month.key, unitId: r.unit_id, numerator: Number(r.numerator), denominator: Number(r.denominator) },
            sign: 1 as const,
          }));
          const deltas = deltasOf(moved, countyId);
          note(changes, deltas, await applySnapshotDeltas(t, deltas));
          this.publish(t, deltas);
          return rows[0]?.changed ?? 0;
        });
        await hooks.afterStep?.(month.key, code);
      }
      await m.query('INSERT INTO indicator_reconciliation_run (month_key, indicators, ledger_changes, ms) VALUES ($1, $2, $3, $4)', [
        month.key,
        Object.keys(CASE_RECORD_SOURCES).length,
        ledgerChanges - changedBefore,
        Date.now() - started,
      ]);
    }
    await this.correctSnapshots(year, countyId, changes);
    const drift = [...changes.values()].filter((d) => d.was.numerator !== d.is.numerator || d.was.denominator !== d.is.denominator);
    await m.query(
      `INSERT INTO indicator_ledger_year (year, reconciled_at, drift) VALUES ($1, now(), $2)
       ON CONFLICT (year) DO UPDATE SET reconciled_at = now(), drift = EXCLUDED.drift`,
      [year, wasKept ? drift.length : 0],
    );
    if (wasKept && drift.length > 0) {
      const shown = drift.slice(0, 20).map((d) => `${d.code} ${d.periodKey} ${d.unitId} ${d.was.numerator}/${d.was.denominator} → ${d.is.numerator}/${d.is.denominator}`);
      this.logger.warn(`Reconciliation of ${year} corrected ${drift.length} snapshot(s) (${ledgerChanges} ledger row(s)): ${shown.join('; ')}${drift.length > 20 ? '; …' : ''}`);
    }
    return { ledgerChanges, drift: wasKept ? drift : [] };
  }

  /**
   * Brings every snapshot of the year to its ledger sums. The differences are read in one statement
   * and corrected by adding them: a case event adds the same to a ledger row and to its snapshots,
   * so a snapshot's difference from its ledger sums stays what was read however many events commit
   * meanwhile, and adding it is exact without holding any lock that events take.
   */
  private async correctSnapshots(year: number, countyId: string, changes: Map<string, Drift>): Promise<void> {
    const codes = Object.keys(CASE_RECORD_SOURCES) as IndicatorCode[];
    const months = periodsOfYear(year).filter((p) => p.kind === 'MONTH');
    const pairs = months.flatMap((month) => periodsOf(month.from).map((p) => [month.key, p.key]));
    const rows: DifferenceRow[] = await this.dataSource.query(LEDGER_DIFFERENCES, [
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
      codes,
      codes.map((c) => indicatorDefinition(c).version),
      [countyId, ...(await townshipsOf(this.dataSource))],
      countyId,
    ]);
    for (let i = 0; i < rows.length; i += CORRECTION_BATCH) {
      const batch = rows.slice(i, i + CORRECTION_BATCH);
      const deltas = batch.map((r) => ({
        code: r.code,
        periodKey: r.period_key,
        unitId: r.unit_id,
        numerator: Number(r.numerator) - Number(r.was_numerator),
        denominator: Number(r.denominator) - Number(r.was_denominator),
      }));
      await this.dataSource.transaction(async (t) => {
        note(changes, deltas, await applySnapshotDeltas(t, deltas, true));
        this.publish(t, deltas);
      });
    }
  }

  /** Open dashboards of the periods whose figures moved refetch once the step has committed. */
  private publish(t: EntityManager, deltas: readonly SnapshotDelta[]): void {
    const moved = deltas.filter((d) => d.numerator !== 0 || d.denominator !== 0);
    for (const period of new Set(moved.map((d) => d.periodKey))) {
      this.live.afterCommit(t, { topic: 'indicators', period, unitIds: [...new Set(moved.filter((d) => d.periodKey === period).map((d) => d.unitId))] });
    }
  }
}

/** Snapshots corrected in one transaction at most (each batch's row locks are held until it commits). */
const CORRECTION_BATCH = 5000;

interface DifferenceRow {
  code: IndicatorCode;
  period_key: string;
  unit_id: string;
  was_numerator: string;
  was_denominator: string;
  numerator: string;
  denominator: string;
}

/** Records what a step did to each snapshot: its figure before the first change of this run, and after the last. */
function note(changes: Map<string, Drift>, deltas: readonly SnapshotDelta[], after: readonly SnapshotAfter[]): void {
  const byKey = new Map(deltas.map((d) => [key(d.code, d.periodKey, d.unitId), d]));
  for (const a of after) {
    const k = key(a.code, a.periodKey, a.unitId);
    const d = byKey.get(k);
    if (!d) continue;
    const is = { numerator: a.numerator, denominator: a.denominator };
    const was = changes.get(k)?.was ?? { numerator: a.numerator - d.numerator, denominator: a.denominator - d.denominator };
    changes.set(k, { code: a.code, periodKey: a.periodKey, unitId: a.unitId, was, is });
  }
}
