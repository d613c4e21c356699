import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of case_event (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_event')
export class CaseEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 30 })
  action!: string;

  @Column({ name: 'from_state', type: 'varchar', length: 30, nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 30, nullable: true })
  toState!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'jsonb' })
  details!: unknown;
}
