import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
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
