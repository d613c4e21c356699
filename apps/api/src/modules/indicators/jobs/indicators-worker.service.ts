import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { chinaDate } from '@julu/domain';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { EventDispatcherService } from '../../../core/outbox/event-dispatcher.service';
import { QUEUES } from '../../../core/queue/queue.constants';
import { JobSchedules } from '../../../core/queue/job-schedules';
import { QueueRegistry } from '../../../core/queue/queue.module';
import { QueueWorker } from '../../../core/queue/queue-worker';
import { IndicatorComputationService, QUIET_MS } from '../indicator-computation.service';
import { IndicatorEventsService, INDICATOR_EVENTS } from '../indicator-events.service';
import { COALESCE_DELAY_MS, PROCESS_DIRTY_JOB } from '../indicator-recompute.service';
import { LedgerReconciliationService } from '../ledger-reconciliation.service';

export const INDICATOR_MARKER = 'indicator-marker';
const TICK_JOB = 'indicators-tick';
const NIGHTLY_JOB = 'indicators-nightly';

/**
 * The `indicators` queue. A case's event updates its indicators at once through the contribution
 * ledger (IndicatorEventsService.apply); other events mark the (period, unit) pairs they may change
 * and ask for one `process-dirty` run (BullMQ deduplication: one waiting job however many events),
 * which recomputes each marked pair once. A tick every minute catches a pair marked while a run was
 * finishing, and a nightly run (02:00 Beijing time) recomputes the whole year and reconciles the
 * ledger, late data and the passing of time included.
 */
@Injectable()
export class IndicatorsWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger(IndicatorsWorkerService.name);
  private worker: QueueWorker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly dispatcher: EventDispatcherService,
    private readonly queues: QueueRegistry,
    private readonly schedules: JobSchedules,
    private readonly computation: IndicatorComputationService,
    private readonly events: IndicatorEventsService,
    private readonly reconciliation: LedgerReconciliationService,
  ) {}

  start(): void {
    this.dispatcher.subscribe(INDICATOR_MARKER, INDICATOR_EVENTS, async (event, manager) => {
      if (!(await this.events.apply(manager, event))) return;
      await this.requestRun();
      // The run is asked inside the event's transaction: on a loaded machine it may start before the
      // marks are committed and find nothing. Once they surely are, ask again if any are left.
      setTimeout(() => void this.requestRunIfDirty().catch(() => undefined), COALESCE_DELAY_MS + QUIET_MS).unref();
    });
    this.worker = QueueWorker.start(this.config, QUEUES.indicators, (job) => this.process(job), { concurrency: 1 });
    // Pairs still inside a burst wait for it to pause, and pairs marked while the run was finishing
    // found no job to ask (the running one held the deduplication id): ask again once it is released.
    this.worker.worker.on('completed', () => {
      void this.requestRunIfDirty().catch(() => undefined);
    });
    void this.schedules.schedule(QUEUES.indicators, TICK_JOB, { every: 60_000 }, 'the indicator tick');
    void this.schedules.schedule(QUEUES.indicators, NIGHTLY_JOB, { pattern: '0 2 * * *', tz: 'Asia/Shanghai' }, 'the nightly indicator run');
    void this.keepThisYear().catch((error: Error) => this.logger.warn(`Indicator ledger of this year not requested: ${error.message}`));
  }

  /** A year the ledger does not keep yet (a new installation, New Year's Day) is reconciled at once, so that its cases' events update it directly. */
  private async keepThisYear(): Promise<void> {
    const year = Number(chinaDate(new Date()).slice(0, 4));
    if (await this.reconciliation.isKept(this.dataSource, year)) return;
    await this.computation.markDirty(this.dataSource, [String(year)], [await this.computation.countyId()]);
    await this.requestRun(0);
  }

  requestRun(delay = COALESCE_DELAY_MS): Promise<unknown> {
    return this.queues.get(QUEUES.indicators).add(PROCESS_DIRTY_JOB, {}, { deduplication: { id: PROCESS_DIRTY_JOB }, delay });
  }

  private async requestRunIfDirty(): Promise<void> {
    const [{ waiting }]: { waiting: number }[] = await this.dataSource.query('SELECT count(*)::int AS waiting FROM indicator_dirty');
    if (waiting > 0) await this.requestRun(QUIET_MS);
  }

  async process(job: Job): Promise<{ done: number; waiting: number }> {
    if (job.name !== NIGHTLY_JOB) return this.computation.processDirty();
    await this.events.markYear(this.dataSource);
    return this.computation.processDirty(true);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
