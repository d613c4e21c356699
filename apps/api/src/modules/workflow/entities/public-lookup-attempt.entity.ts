import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of public_lookup_attempt (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('public_lookup_attempt')
export class PublicLookupAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  client!: string;

  @Column({ name: 'query_code', type: 'varchar', length: 32 })
  queryCode!: string;

  @Column({ type: 'boolean' })
  ok!: boolean;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
