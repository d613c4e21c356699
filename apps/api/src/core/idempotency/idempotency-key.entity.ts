import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of idempotency_key (owner: core/idempotency); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 150 })
  scope!: string;

  @Column({ type: 'varchar', length: 200 })
  route!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
