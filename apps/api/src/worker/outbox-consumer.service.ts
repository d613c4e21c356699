import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../core/config/app-config';
import { EventDispatcherService } from '../core/outbox/event-dispatcher.service';
import type { OutboxJobData } from '../core/outbox/outbox.service';
import { QUEUES } from '../core/queue/queue.constants';
import { createWorkerConnection } from '../core/queue/redis-connection';

/** Consumes the `outbox` queue and hands each event to the dispatcher. */
@Injectable()
export class OutboxConsumerService implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxConsumerService.name);
  private worker: Worker<OutboxJobData> | null = null;
  private connection: Redis | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: EventDispatcherService,
  ) {}

  start(): void {
    this.connection = createWorkerConnection(this.config.REDIS_URL, 'julu-worker-outbox');
    this.connection.on('error', () => undefined);
    this.worker = new Worker<OutboxJobData>(QUEUES.outbox, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 4,
      lockDuration: this.config.JOB_LOCK_SECONDS * 1000,
      stalledInterval: this.config.JOB_LOCK_SECONDS * 1000,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`Outbox job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.warn(`Outbox worker: ${error.message}`));
  }

  async process(job: Job<OutboxJobData>): Promise<string[]> {
    return this.dispatcher.dispatch(job.data);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
