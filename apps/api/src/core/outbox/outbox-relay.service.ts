import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.constants';
import { QueueRegistry } from '../queue/queue.module';
import { outboxJobId, type OutboxJobData } from './outbox.service';

interface PendingRow {
  id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
}

const BATCH_SIZE = 200;
/** An enqueue that takes longer is abandoned; the rows stay unpublished for the next attempt. */
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * Moves unpublished outbox rows into the `outbox` queue. Rows are locked (SKIP LOCKED, so two
 * relays share the work), enqueued with deterministic job ids, then stamped in the same
 * transaction. If Redis is down the enqueue fails, the transaction rolls back and the rows wait;
 * if the stamp fails after a successful enqueue, the retry re-adds the same job ids, which BullMQ
 * ignores — so each event becomes exactly one job. An event published but still not delivered
 * after OUTBOX_REDELIVER_SECONDS (its job lost with a Redis that restarted empty) is offered again
 * the same way and re-stamped: BullMQ ignores the id of a job it still has, consumers skip what
 * they have run, so the event is delivered once even when Redis forgets it.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  /** Undelivered events are looked for a few times per redelivery period, not on every poll. */
  private nextRedeliveryAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  /** Publishes one batch; returns how many rows were published. */
  relayOnce(limit = BATCH_SIZE): Promise<number> {
    return this.publish(`published_at IS NULL ORDER BY id LIMIT $1`, [limit]);
  }

  /** Offers again one batch of events published long enough ago and still not delivered. */
  redeliverOnce(limit = BATCH_SIZE): Promise<number> {
    return this.publish(`published_at IS NOT NULL AND delivered_at IS NULL AND published_at < now() - make_interval(secs => $2) ORDER BY published_at LIMIT $1`, [
      limit,
      this.config.OUTBOX_REDELIVER_SECONDS,
    ]);
  }

  private async publish(condition: string, params: unknown[]): Promise<number> {
    try {
      if (!this.queues.isConnected()) throw new Error('Redis is not connected');
      return await this.dataSource.transaction(async (manager) => {
        const rows: PendingRow[] = await manager.query(`SELECT id, event_type, aggregate_type, aggregate_id FROM outbox_event WHERE ${condition} FOR UPDATE SKIP LOCKED`, params);
        if (rows.length === 0) return 0;
        const enqueue = this.queues.get(QUEUES.outbox).addBulk(
          rows.map((row) => ({
            name: row.event_type,
            data: {
              eventId: String(row.id),
              eventType: row.event_type,
              aggregateType: row.aggregate_type,
              aggregateId: row.aggregate_id,
            } satisfies OutboxJobData,
            opts: { jobId: outboxJobId(row.id) },
          })),
        );
        await withTimeout(enqueue, ENQUEUE_TIMEOUT_MS, 'enqueueing outbox events');
        await manager.query(
          `UPDATE outbox_event SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL
           WHERE id = ANY($1::bigint[])`,
          [rows.map((r) => r.id)],
        );
        return rows.length;
      });
    } catch (error) {
      await this.noteFailure(error);
      throw error;
    }
  }

  /** Publishes until nothing is pending, then now and then offers again what was lost (one batch). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n < BATCH_SIZE) break;
    }
    if (Date.now() < this.nextRedeliveryAt) return total;
    this.nextRedeliveryAt = Date.now() + Math.min(10_000, (this.config.OUTBOX_REDELIVER_SECONDS * 1000) / 2);
    const again = await this.redeliverOnce();
    if (again > 0) this.logger.warn(`Offered ${again} undelivered outbox event(s) to the queue again`);
    return total + again;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = null));
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let delay = this.config.OUTBOX_POLL_INTERVAL_MS;
    try {
      await this.drain();
    } catch (error) {
      delay = Math.max(delay, 2000);
      this.logger.warn(`Outbox relay paused: ${(error as Error).message}; retrying in ${delay} ms`);
    }
    this.schedule(delay);
  }

  private async noteFailure(error: unknown): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE outbox_event SET publish_attempts = publish_attempts + 1, last_error = $1
         WHERE id IN (SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $2)`,
        [String((error as Error).message ?? error).slice(0, 500), BATCH_SIZE],
      );
    } catch {
      // The database itself may be the problem; the next tick tries again.
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  // A late success is harmless: the same deterministic job ids are re-sent next time and ignored.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
