import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox event is delivered when every consumer has run it (the dispatcher stamps
 * `delivered_at`). An event published but never delivered — its job lost with a Redis that
 * restarted empty — is offered to the queue again by the relay; the partial index keeps that
 * look-up small however long the outbox grows. Events published before this migration count as
 * delivered.
 */
export class OutboxDelivery1766200000000 implements MigrationInterface {
  name = 'OutboxDelivery1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_event ADD COLUMN delivered_at timestamptz');
    await q.query('UPDATE outbox_event SET delivered_at = published_at WHERE published_at IS NOT NULL');
    await q.query('CREATE INDEX outbox_event_undelivered_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL AND delivered_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX outbox_event_undelivered_idx');
    await q.query('ALTER TABLE outbox_event DROP COLUMN delivered_at');
  }
}
