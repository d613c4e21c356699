import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of rate_limit_counter (owner: core/rate-limit); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('rate_limit_counter')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ name: 'limit_hits', type: 'int' })
  limitHits!: number;

  @Column({ name: 'window_ends_at', type: 'timestamptz' })
  windowEndsAt!: Date;
}
