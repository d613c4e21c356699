import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Idempotent-consumer record: a handler that has processed an outbox event writes one row here
 * in its own transaction, so a redelivered job becomes a no-op.
 */
@Entity('event_receipt')
export class EventReceiptEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}
