import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { chinaDate } from '@julu/domain';
import type { Job } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config';
import { EventDispatcherService } from '../../../core/outbox/event-dispatcher.service';
import { QUEUES } from '../../../core/queue/queue.constants';
import { JobSchedules } from '../../../core/queue/job-schedules';
import { QueueRegistry } from '../../../core/queue/queue.module';
import { QueueWorker } from '../../../core/queue/queue-worker';
import { ClocksService } from '../clocks/clocks.service';
import { PublicLookupRetention } from '../public/lookup-retention';
import { DeadlineSweepService } from '../reminders/deadline-sweep.service';
import { reminderJobId, type ReminderKind } from '../reminders/reminder-plan';
import { RemindersService } from '../reminders/reminders.service';

export const REMINDER_PLANNER = 'reminder-planner';
export const PROVISIONAL_RECOMPUTER = 'provisional-clock-recomputer';
export const CORRECTED_YEAR_RECOMPUTER = 'corrected-year-clock-recomputer';
const SWEEP_JOB = 'deadline-sweep';
const LOOKUP_RETENTION_JOB = 'public-lookup-retention';
const DAY_MS = 24 * 3600_000;

interface ReminderJobData {
  clockId?: string;
  version?: number;
  kind?: ReminderKind;
}

/**
 * The `deadlines` queue: every `clock.changed` event plans the reminders of that clock version as
 * delayed jobs (job id = clock + version + kind, so a redelivered event adds nothing), a job fires
 * its reminder once (see RemindersService), and a Job Scheduler runs the sweep that re-derives
 * overdue state from the database.
 */
@Injectable()
export class DeadlinesWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger(DeadlinesWorkerService.name);
  private worker: QueueWorker<ReminderJobData> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: EventDispatcherService,
    private readonly queues: QueueRegistry,
    private readonly schedules: JobSchedules,
    private readonly reminders: RemindersService,
    private readonly sweep: DeadlineSweepService,
    private readonly clocks: ClocksService,
    private readonly lookupRetention: PublicLookupRetention,
  ) {}

  start(): void {
    // Plans the clock's current version: an event delivered late plans what is true now.
    this.dispatcher.subscribe(REMINDER_PLANNER, ['clock.changed'], async (event) => {
      await this.schedule(event.aggregateId);
    });
    this.dispatcher.subscribe(PROVISIONAL_RECOMPUTER, ['calendar.year-added'], async (_event, manager) => {
      const count = await this.clocks.recomputeProvisional(manager, chinaDate(new Date()));
      this.logger.log(`Recomputed ${count} clock(s) counted on a provisional holiday year`);
    });
    this.dispatcher.subscribe(CORRECTED_YEAR_RECOMPUTER, ['calendar.year-corrected'], async (event, manager) => {
      const year = Number(event.aggregateId);
      const count = await this.clocks.recomputeYear(manager, year, chinaDate(new Date()));
      this.logger.log(`Recomputed ${count} clock(s) counted on the corrected holiday year ${year}`);
    });
    this.worker = QueueWorker.start<ReminderJobData>(this.config, QUEUES.deadlines, (job) => this.process(job), { concurrency: 4 });
    void this.schedules.schedule(QUEUES.deadlines, SWEEP_JOB, { every: this.config.DEADLINE_SWEEP_MINUTES * 60_000 }, 'the deadline sweep');
    void this.schedules.schedule(QUEUES.deadlines, LOOKUP_RETENTION_JOB, { every: DAY_MS }, 'the public lookup log retention');
  }

  /** Adds the delayed jobs of one clock version; ids make a repeat a no-op. */
  async schedule(clockId: string): Promise<number> {
    const { version, plan } = await this.reminders.plan(clockId);
    const now = Date.now();
    for (const r of plan) {
      await this.queues
        .get(QUEUES.deadlines)
        .add('reminder', { clockId, version, kind: r.kind }, { jobId: reminderJobId(clockId, version, r.kind), delay: Math.max(0, r.at.getTime() - now) });
    }
    return plan.length;
  }

  async process(job: Job<ReminderJobData>): Promise<unknown> {
    if (job.name === SWEEP_JOB) return this.sweep.run();
    if (job.name === LOOKUP_RETENTION_JOB) return this.lookupRetention.run();
    const { clockId, version, kind } = job.data;
    if (!clockId || !version || !kind) throw new Error(`reminder job ${job.id ?? '?'} lacks its clock, version or kind`);
    return this.reminders.fire(clockId, version, kind);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
