import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PRODUCER_REDIS } from '../queue/queue.module';
import { type LiveHint, liveChannel } from './live-hints';

/** Where hints wait for their transaction to commit (TypeORM's per-query-runner scratch space). */
const PENDING = 'liveHints';

/**
 * Publishes live hints on Redis for the API to fan out. A hint given inside a transaction waits for
 * the commit (a rolled-back change is never announced, and a client that refetches at once finds
 * the committed rows); outside one it goes at once. Best effort by design: a hint lost while Redis
 * is away costs only latency, since clients refetch when their stream reconnects and poll while
 * it is down.
 */
@Injectable()
export class LivePublisher implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(LivePublisher.name);

  constructor(
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Announces the hint once the manager's transaction (if any) has committed. */
  afterCommit(m: EntityManager, hint: LiveHint): void {
    const runner = m.queryRunner;
    if (!runner?.isTransactionActive) {
      void this.publish(hint);
      return;
    }
    const data = runner.data as { [PENDING]?: LiveHint[] };
    (data[PENDING] ??= []).push(hint);
  }

  async publish(hint: LiveHint): Promise<void> {
    const audience = hint.topic === 'notifications' ? hint.userIds : hint.unitIds;
    if (audience.length === 0 || this.redis.status !== 'ready') return;
    try {
      await this.redis.publish(liveChannel(this.config.QUEUE_PREFIX), JSON.stringify(hint));
    } catch (error) {
      this.logger.debug(`Live hint not published: ${(error as Error).message}`);
    }
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the commit: the hints wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    const hints = this.take(event.queryRunner.data);
    for (const hint of hints) void this.publish(hint);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.take(event.queryRunner.data);
  }

  private take(data: { [PENDING]?: LiveHint[] }): LiveHint[] {
    const hints = data[PENDING] ?? [];
    delete data[PENDING];
    return mergeHints(hints);
  }
}

/** One hint per topic (and period), their audiences joined: a transaction that notifies ten units announces once. */
export function mergeHints(hints: readonly LiveHint[]): LiveHint[] {
  const merged = new Map<string, LiveHint>();
  for (const h of hints) {
    const key = h.topic === 'indicators' ? `${h.topic}:${h.period}` : h.topic;
    const before = merged.get(key);
    if (!before) merged.set(key, { ...h });
    else if (before.topic === 'notifications' && h.topic === 'notifications') before.userIds = [...new Set([...before.userIds, ...h.userIds])];
    else if (before.topic !== 'notifications' && h.topic !== 'notifications') before.unitIds = [...new Set([...before.unitIds, ...h.unitIds])];
  }
  return [...merged.values()];
}
