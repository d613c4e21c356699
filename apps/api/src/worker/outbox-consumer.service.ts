import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../core/config/app-config';
import { EventDispatcherService } from '../core/outbox/event-dispatcher.service';
import type { OutboxJobData } from '../core/outbox/outbox.service';
import { QUEUES } from '../core/queue/queue.constants';
import { QueueWorker } from '../core/queue/queue-worker';

/** Consumes the `outbox` queue and hands each event to the dispatcher. */
@Injectable()
export class OutboxConsumerService implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxConsumerService.name);
  private worker: QueueWorker<OutboxJobData> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: EventDispatcherService,
  ) {}

  start(): void {
    this.worker = QueueWorker.start<OutboxJobData>(this.config, QUEUES.outbox, (job) => this.process(job), { concurrency: 4 });
    this.worker.worker.on('failed', (job, error) => this.logger.warn(`Outbox job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`));
  }

  async process(job: Job<OutboxJobData>): Promise<string[]> {
    return this.dispatcher.dispatch(job.data);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
