import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config';
import { QUEUES } from '../../../core/queue/queue.constants';
import { JobSchedules } from '../../../core/queue/job-schedules';
import { QueueWorker } from '../../../core/queue/queue-worker';
import { WeeklyCheckService } from '../weekly-check.service';

export const WEEKLY_CHECK_JOB = 'hotspot-weekly-check';
/** Mondays and Tuesdays at 09:00 China time: the second run catches a Monday the worker was down. */
const WEEKLY_CHECK_PATTERN = '0 9 * * 1,2';

/**
 * The `hotspots` queue: a Job Scheduler runs the weekly 排查 check, which flags the townships
 * without a report for the past week. The check is idempotent, so the second weekly run and any
 * retry add nothing.
 */
@Injectable()
export class HotspotsWorkerService implements OnApplicationShutdown {
  private worker: QueueWorker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
    private readonly check: WeeklyCheckService,
  ) {}

  start(): void {
    this.worker = QueueWorker.start(this.config, QUEUES.hotspots, (job) => this.process(job), { concurrency: 1 });
    void this.schedules.schedule(QUEUES.hotspots, WEEKLY_CHECK_JOB, { pattern: WEEKLY_CHECK_PATTERN, tz: 'Asia/Shanghai' }, 'the weekly 排查 check');
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== WEEKLY_CHECK_JOB) throw new Error(`unknown hotspots job ${job.name}`);
    return this.check.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
