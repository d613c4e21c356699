import { Injectable, Logger } from '@nestjs/common';
import { parsePeriod, periodsOfYear } from '@julu/domain';
import { DataSource } from 'typeorm';
import { QUEUES } from '../../core/queue/queue.constants';
import { QueueRegistry } from '../../core/queue/queue.module';
import { IndicatorComputationService } from './indicator-computation.service';

/** The job that works off the dirty list; one waiting at a time however many events ask for it. */
export const PROCESS_DIRTY_JOB = 'process-dirty';
/** A short wait lets a burst of events pile onto one run. */
export const COALESCE_DELAY_MS = 1000;

/** An administrator's “recompute now” (e.g. after correcting old data): marks the periods and asks the worker. */
@Injectable()
export class IndicatorRecomputeService {
  private readonly logger = new Logger(IndicatorRecomputeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly computation: IndicatorComputationService,
    private readonly queues: QueueRegistry,
  ) {}

  async request(periodKey: string | undefined): Promise<{ marked: number }> {
    const period = periodKey ? parsePeriod(periodKey) : null;
    const periods = period ? [period.key] : periodsOfYear(new Date().getFullYear()).map((p) => p.key);
    const units: { id: string }[] = await this.dataSource.query(`SELECT id FROM org_unit WHERE type IN ('COUNTY', 'TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`);
    // The ledger indicators of the periods' years are reconciled again (with their year's key):
    // until then their cases' events leave them to that reconciliation.
    const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
    await this.dataSource.transaction(async (m) => {
      await m.query('DELETE FROM indicator_ledger_year WHERE year = ANY($1::int[])', [years.map(Number)]);
      await this.computation.markDirty(
        m,
        periods,
        units.map((u) => u.id),
      );
      // A year's reconciliation writes every unit: its key with the county is enough.
      await this.computation.markDirty(m, years, [await this.computation.countyId(m)]);
    });
    // Asking the worker now is a shortcut: the marks are saved and its minute tick works them off
    // anyway, so Redis being away delays the figures by a minute; it does not fail the request.
    const asked = await this.queues.tryAdd(QUEUES.indicators, PROCESS_DIRTY_JOB, {}, { deduplication: { id: PROCESS_DIRTY_JOB }, delay: COALESCE_DELAY_MS });
    if (!asked) this.logger.warn('Recompute marked while Redis is away; the worker will run it on its next tick');
    return { marked: periods.length * units.length };
  }
}
