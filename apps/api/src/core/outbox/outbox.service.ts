import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

export interface DomainEvent {
  /** e.g. `case.registered`, `case.transitioned`. */
  eventType: string;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/** Writes outbox rows; always inside the caller's transaction, next to the domain rows. */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, event: DomainEvent): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.record must be called inside a transaction');
    }
    const row = manager.create(OutboxEventEntity, { ...event, payload: event.payload ?? {} });
    const saved = await manager.save(row);
    return saved.id;
  }
}

/** The BullMQ job id of an outbox event: the same row always maps to the same job. */
export function outboxJobId(eventId: string | number): string {
  return `outbox-${eventId}`;
}

/** Job data: ids only; handlers reload what they need. */
export interface OutboxJobData {
  eventId: string;
  eventType: string;
  aggregateType: string;
  aggregateId: string;
}
