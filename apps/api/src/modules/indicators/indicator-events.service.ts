import { Injectable } from '@nestjs/common';
import { chinaDate, periodsOf, periodsOfYear } from '@julu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { IndicatorComputationService } from './indicator-computation.service';

/** The events after which some indicator may have changed. */
export const INDICATOR_EVENTS = [
  'case.registered',
  'case.transitioned',
  'visit.registered',
  'case.law-flagged',
  'case.diverted',
  'diversion.followed-up',
  'hotspot.registered',
  'hotspot.transitioned',
  'hotspot.imported',
  'backlog.registered',
  'backlog.status-changed',
  'duty.shift-completed',
  'duty.shift-missed',
  'duty.subsidy-approved',
  'incident.reported',
  'publicity.event-recorded',
  'publicity.plan-set',
] as const;

/**
 * Which (period, unit) pairs an event may have changed. A case event touches the periods of its
 * registration, of its clocks' due dates and of today, for the county and the case's township;
 * any other event touches today's periods for the county and every township. The nightly
 * recomputation covers whatever this misses.
 */
@Injectable()
export class IndicatorEventsService {
  constructor(private readonly computation: IndicatorComputationService) {}

  async mark(m: EntityManager, event: { aggregateType: string; aggregateId: string }, now = new Date()): Promise<void> {
    const county = await this.computation.countyId(m);
    const dates = new Set([chinaDate(now)]);
    let units: string[];
    if (event.aggregateType === 'petition_case') {
      const rows: { township_id: string; day: string }[] = await m.query(
        `SELECT c.township_id, (c.registered_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day FROM petition_case c WHERE c.id = $1
         UNION SELECT c.township_id, k.due_on::text FROM case_clock k JOIN petition_case c ON c.id = k.case_id WHERE k.case_id = $1`,
        [event.aggregateId],
      );
      rows.forEach((r) => dates.add(r.day));
      units = [county, ...new Set(rows.map((r) => r.township_id))];
    } else {
      units = [county, ...(await townships(m))];
    }
    const periods = [...dates].flatMap((d) => periodsOf(d).map((p) => p.key));
    await this.computation.markDirty(m, periods, units);
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

async function townships(m: EntityManager | DataSource): Promise<string[]> {
  const rows: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`);
  return rows.map((r) => r.id);
}
