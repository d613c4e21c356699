import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config';
import { QUEUES } from '../../../core/queue/queue.constants';
import { JobSchedules } from '../../../core/queue/job-schedules';
import { QueueWorker } from '../../../core/queue/queue-worker';
import { IncidentLimitSweepService } from '../../incidents';
import { DutySweepService } from './duty-sweep.service';

export const DUTY_SWEEP_JOB = 'duty-sweep';
/** Report limits of sudden incidents are 30 and 60 minutes: checked every minute. */
export const INCIDENT_SWEEP_JOB = 'incident-limit-sweep';

/**
 * The `duty` queue, for the township-level operational sweeps: the duty sweep every
 * DUTY_SWEEP_MINUTES (missed shifts, missing and late daily reports) and the incident report-limit
 * sweep every minute. Both are idempotent, so a repeated or overlapping run is harmless.
 */
@Injectable()
export class DutyWorkerService implements OnApplicationShutdown {
  private worker: QueueWorker | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
    private readonly sweep: DutySweepService,
    private readonly incidentSweep: IncidentLimitSweepService,
  ) {}

  start(): void {
    this.worker = QueueWorker.start(this.config, QUEUES.duty, (job) => this.process(job), { concurrency: 1 });
    void this.schedules.schedule(QUEUES.duty, DUTY_SWEEP_JOB, { every: this.config.DUTY_SWEEP_MINUTES * 60_000 }, 'the duty sweep');
    void this.schedules.schedule(QUEUES.duty, INCIDENT_SWEEP_JOB, { every: 60_000 }, 'the incident sweep');
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === INCIDENT_SWEEP_JOB) return this.incidentSweep.run();
    if (job.name !== DUTY_SWEEP_JOB) throw new Error(`unknown duty job ${job.name}`);
    return this.sweep.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
