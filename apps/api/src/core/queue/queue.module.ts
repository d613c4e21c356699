import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS, type QueueName } from './queue.constants';
import { createProducerConnection } from './redis-connection';

export const PRODUCER_REDIS = Symbol('PRODUCER_REDIS');

/** Hands out one BullMQ Queue per queue name, all sharing the producer connection. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(PRODUCER_REDIS) private readonly connection: Redis,
    private readonly config: AppConfig,
  ) {}

  /** True while the producer connection is up; enqueueing while it is down would wait, not fail. */
  isConnected(): boolean {
    return this.connection.status === 'ready';
  }

  /**
   * Adds a job when the caller has a durable fallback (a sweep or tick finds the work anyway): never
   * waits on a Redis that is away or slow — BullMQ would hold the call until it reconnects — and
   * answers whether the job was added.
   */
  async tryAdd(name: QueueName, jobName: string, data: object, opts: JobsOptions, timeoutMs = 2000): Promise<boolean> {
    if (!this.isConnected()) return false;
    let timer: NodeJS.Timeout | undefined;
    const added = this.get(name)
      .add(jobName, data, opts)
      .then(() => true)
      .catch(() => false);
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    return Promise.race([added, late]).finally(() => clearTimeout(timer));
  }

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      // Errors surface on the calls themselves; without a listener ioredis would log them raw.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: PRODUCER_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig): Redis => {
        const redis = createProducerConnection(config.REDIS_URL, 'julu-producer');
        redis.on('error', () => undefined);
        return redis;
      },
    },
    QueueRegistry,
  ],
  exports: [QueueRegistry, PRODUCER_REDIS],
})
export class QueueModule {}
