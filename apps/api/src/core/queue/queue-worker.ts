import { Logger } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import type { QueueName } from './queue.constants';
import { createWorkerConnection } from './redis-connection';

const logger = new Logger('QueueWorker');

export interface QueueWorkerOptions {
  /** Jobs of this queue run at once in this process. */
  concurrency: number;
}

/**
 * One BullMQ worker of the worker process, started the same way for every queue: its own blocking
 * connection (`julu-worker-<queue>`, errors left to the worker's own reconnects), the queue prefix,
 * a lock and stall check of JOB_LOCK_SECONDS (a killed worker's job is taken over after that), and
 * worker errors logged as warnings. The owner closes it on shutdown.
 */
export class QueueWorker<T = unknown> {
  private constructor(
    readonly worker: Worker<T>,
    private readonly connection: Redis,
  ) {}

  static start<T>(config: AppConfig, queue: QueueName, process: (job: Job<T>) => Promise<unknown>, { concurrency }: QueueWorkerOptions): QueueWorker<T> {
    const connection = createWorkerConnection(config.REDIS_URL, `julu-worker-${queue}`);
    connection.on('error', () => undefined);
    const worker = new Worker<T>(queue, process, {
      connection,
      prefix: config.QUEUE_PREFIX,
      concurrency,
      lockDuration: config.JOB_LOCK_SECONDS * 1000,
      stalledInterval: config.JOB_LOCK_SECONDS * 1000,
    });
    const label = `${queue.charAt(0).toUpperCase()}${queue.slice(1)} worker`;
    worker.on('error', (error) => logger.warn(`${label}: ${error.message}`));
    return new QueueWorker(worker, connection);
  }

  /** Lets the running jobs finish (or their locks lapse), then drops the connection. */
  async close(): Promise<void> {
    await this.worker.close();
    this.connection.disconnect();
  }
}
