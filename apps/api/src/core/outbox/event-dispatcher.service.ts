import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutboxJobData } from './outbox.service';

export type EventHandler = (event: OutboxJobData, manager: EntityManager) => Promise<void>;

interface Subscription {
  consumer: string;
  eventTypes: readonly string[] | '*';
  handler: EventHandler;
}

/**
 * Delivers relayed outbox events to the handlers that subscribed to them. Each (consumer, event)
 * pair runs at most once: the handler and its receipt row commit in one transaction, so a job
 * retried after a crash finds the receipt and skips. Once all have run, the event is stamped delivered.
 */
@Injectable()
export class EventDispatcherService {
  private readonly logger = new Logger(EventDispatcherService.name);
  private readonly subscriptions: Subscription[] = [];

  constructor(private readonly dataSource: DataSource) {}

  subscribe(consumer: string, eventTypes: readonly string[] | '*', handler: EventHandler): void {
    if (this.subscriptions.some((s) => s.consumer === consumer)) {
      throw new Error(`Event consumer ${consumer} is already subscribed`);
    }
    this.subscriptions.push({ consumer, eventTypes, handler });
  }

  /** Returns the consumers that processed the event now (not those that had already). */
  async dispatch(event: OutboxJobData): Promise<string[]> {
    const processed: string[] = [];
    const subscribed = this.subscriptions.filter((s) => s.eventTypes === '*' || s.eventTypes.includes(event.eventType));
    for (const [i, sub] of subscribed.entries()) {
      const last = i === subscribed.length - 1;
      const ran = await this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO event_receipt (consumer, event_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [sub.consumer, event.eventId],
        );
        if (inserted.length > 0) await sub.handler(event, manager);
        // The last consumer's transaction also stamps the event delivered (one statement and commit
        // fewer per event): every earlier consumer has committed, and this one commits with it.
        if (last) await this.stampDelivered(manager, event.eventId);
        return inserted.length > 0;
      });
      if (ran) processed.push(sub.consumer);
      else this.logger.debug(`Event ${event.eventId} already processed by ${sub.consumer}`);
    }
    if (subscribed.length === 0) await this.stampDelivered(this.dataSource.manager, event.eventId);
    return processed;
  }

  /** Every consumer has run the event: the relay stops offering it again (see OutboxRelayService). */
  private async stampDelivered(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query('UPDATE outbox_event SET delivered_at = now() WHERE id = $1 AND delivered_at IS NULL', [eventId]);
  }
}
