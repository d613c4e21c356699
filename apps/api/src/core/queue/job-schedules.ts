import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RepeatOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueName } from './queue.constants';
import { PRODUCER_REDIS, QueueRegistry } from './queue.module';

interface Schedule {
  queue: QueueName;
  jobName: string;
  repeat: Omit<RepeatOptions, 'key'>;
  what: string;
}

/**
 * The worker's recurring jobs (sweeps, ticks, nightly runs). BullMQ keeps a job scheduler in Redis
 * only: a Redis that restarts without its data (it is run without persistence) forgets every one,
 * and nothing would sweep until the worker restarted. So each schedule is upserted when registered
 * and again each time the producer connection becomes ready (after every reconnect). Upserting by id is
 * idempotent: any number of workers and reconnects leave one scheduler per job.
 */
@Injectable()
export class JobSchedules {
  private readonly logger = new Logger(JobSchedules.name);
  private readonly schedules: Schedule[] = [];

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(PRODUCER_REDIS) connection: Redis,
  ) {
    connection.on('ready', () => void this.upsertAll());
  }

  /** Keeps `jobName` running on `queue` by `repeat` (`what` names it in the log). */
  async schedule(queue: QueueName, jobName: string, repeat: Schedule['repeat'], what: string): Promise<void> {
    const schedule = { queue, jobName, repeat, what };
    this.schedules.push(schedule);
    await this.upsert(schedule);
  }

  /** Upserts every registered schedule (after a reconnect; also callable by tests). */
  async upsertAll(): Promise<void> {
    await Promise.all(this.schedules.map((s) => this.upsert(s)));
  }

  private async upsert({ queue, jobName, repeat, what }: Schedule): Promise<void> {
    try {
      await this.queues.get(queue).upsertJobScheduler(jobName, repeat, { name: jobName });
    } catch (error) {
      this.logger.warn(`Could not schedule ${what}: ${(error as Error).message}`);
    }
  }
}
