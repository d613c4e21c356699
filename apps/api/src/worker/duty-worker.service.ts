import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../core/config/app-config';
import { QUEUES } from '../core/queue/queue.constants';
import { JobSchedules } from '../core/queue/job-schedules';
import { createWorkerConnection } from '../core/queue/redis-connection';
import { DutySweepService } from '../modules/duty';
import { IncidentLimitSweepService } from '../modules/incidents';

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
  private readonly logger = new Logger(DutyWorkerService.name);
  private worker: Worker | null = null;
  private connection: Redis | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
    private readonly sweep: DutySweepService,
    private readonly incidentSweep: IncidentLimitSweepService,
  ) {}

  start(): void {
    this.connection = createWorkerConnection(this.config.REDIS_URL, 'julu-worker-duty');
    this.connection.on('error', () => undefined);
    this.worker = new Worker(QUEUES.duty, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 1,
      lockDuration: this.config.JOB_LOCK_SECONDS * 1000,
      stalledInterval: this.config.JOB_LOCK_SECONDS * 1000,
    });
    this.worker.on('error', (error) => this.logger.warn(`Duty worker: ${error.message}`));
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
    this.connection?.disconnect();
  }
}
