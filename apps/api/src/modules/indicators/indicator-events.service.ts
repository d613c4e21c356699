import { Injectable } from '@nestjs/common';
import { chinaDate, periodsOf, periodsOfYear } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ContributionLedgerService } from './contribution-ledger.service';
import { IndicatorComputationService } from './indicator-computation.service';

/**
 * The events after which some indicator may have changed: every fact an indicator counts reaches
 * the snapshots through one of them (indicator-inputs.int-spec.ts proves it input by input).
 */
export const INDICATOR_EVENTS = [
  // Cases: registration, every transition, clock changes (due dates), deliveries, evaluations, repeats.
  'case.registered',
  'case.transitioned',
  'clock.changed',
  'notice.delivered',
  'case.evaluated',
  'case.repeat-decided',
  'visit.registered',
  // Diversion.
  'case.law-flagged',
  'case.diverted',
  'diversion.followed-up',
  // Hotspots (销号 is a transition) and backlog cases (化解, 终结, 反复).
  'hotspot.registered',
  'hotspot.transitioned',
  'hotspot.imported',
  'backlog.registered',
  'backlog.status-changed',
  // Duty: rosters published or closed, check-in, check-out, missed shifts, subsidies.
  'duty.roster-published',
  'duty.roster-closed',
  'duty.checked-in',
  'duty.shift-completed',
  'duty.shift-missed',
  'duty.subsidy-approved',
  // Incidents: the quick report and every later report.
  'incident.reported',
  'incident.report-added',
  'incident.closed',
  'publicity.event-recorded',
  'budget.project-recorded',
  'budget.spending-recorded',
  'publicity.plan-set',
] as const;

/** The day a record counts on, where it may lie before today (a late report, a back-dated payment). */
const DAY_OF_RECORD: Readonly<Record<string, string>> = {
  incident: `SELECT (discovered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day FROM incident WHERE id = $1::uuid`,
  budget_spending: `SELECT spent_on::text AS day FROM budget_spending WHERE id = $1::uuid`,
  publicity_event: `SELECT held_on::text AS day FROM publicity_event WHERE id = $1::uuid`,
};

/**
 * What an event does to the snapshots. A case's event (the case, its clock) goes through the
 * contribution ledger at once, in the event's transaction: the ledger indicators are all a case's
 * records, and no other indicator reads a case. Any other event marks the (period, unit) pairs it
 * may have changed — today's periods (and those of its record's day) for the county and every
 * township — for the debounced recomputation. The nightly reconciliation covers whatever this misses.
 */
@Injectable()
export class IndicatorEventsService {
  constructor(
    private readonly computation: IndicatorComputationService,
    private readonly ledger: ContributionLedgerService,
  ) {}

  /** Returns whether pairs were marked (the caller then asks the worker for a run). */
  async apply(m: EntityManager, event: { aggregateType: string; aggregateId: string }, now = new Date()): Promise<boolean> {
    const caseId = event.aggregateType === 'case_clock' ? await caseOfClock(m, event.aggregateId) : event.aggregateType === 'petition_case' ? event.aggregateId : null;
    if (caseId) {
      const { unreconciledYears } = await this.ledger.applyCase(m, caseId, now);
      // A year the ledger does not keep yet is reconciled as a whole by the worker (its key, the county).
      if (unreconciledYears.length > 0) await this.computation.markDirty(m, unreconciledYears.map(String), [await this.computation.countyId(m)]);
      return unreconciledYears.length > 0;
    }
    if (event.aggregateType === 'case_clock') return false;
    await this.mark(m, event, now);
    return true;
  }

  /** Marks the pairs a non-case event may have changed: see the class comment. */
  async mark(m: EntityManager, event: { aggregateType: string; aggregateId: string }, now = new Date()): Promise<void> {
    const county = await this.computation.countyId(m);
    const dates = new Set([chinaDate(now)]);
    const day = DAY_OF_RECORD[event.aggregateType];
    if (day) ((await m.query(day, [event.aggregateId])) as { day: string }[]).forEach((r) => dates.add(r.day));
    const periods = [...dates].flatMap((d) => periodsOf(d).map((p) => p.key));
    await this.computation.markDirty(m, periods, [county, ...(await townships(m))]);
  }

  /** The nightly full recomputation: every period of the year (and of last year in January). */
  async markYear(m: EntityManager | DataSource, now = new Date()): Promise<void> {
    const today = chinaDate(now);
    const year = Number(today.slice(0, 4));
    const years = today.slice(5, 7) === '01' ? [year - 1, year] : [year];
    const periods = years.flatMap((y) => periodsOfYear(y).map((p) => p.key));
    await this.computation.markDirty(m, periods, [await this.computation.countyId(m), ...(await townships(m))]);
  }
}

async function caseOfClock(m: EntityManager, clockId: string): Promise<string | null> {
  const [row]: { case_id: string }[] = await m.query('SELECT case_id FROM case_clock WHERE id = $1', [clockId]);
  return row?.case_id ?? null;
}

async function townships(m: EntityManager | DataSource): Promise<string[]> {
  const rows: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`);
  return rows.map((r) => r.id);
}
