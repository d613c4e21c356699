import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of case_clock (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_clock')
export class CaseClockEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 12 })
  party!: string;

  @Column({ name: 'responsible_unit_id', type: 'uuid', nullable: true })
  responsibleUnitId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ type: 'int' })
  amount!: number;

  @Column({ type: 'varchar', length: 12 })
  unit!: string;

  @Column({ name: 'exclude_start_day', type: 'boolean' })
  excludeStartDay!: boolean;

  @Column({ name: 'extend_past_days_off', type: 'boolean' })
  extendPastDaysOff!: boolean;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'jsonb' })
  explanation!: unknown;

  @Column({ name: 'extended_days', type: 'int' })
  extendedDays!: number;

  @Column({ type: 'jsonb' })
  pauses!: unknown;

  @Column({ type: 'boolean' })
  provisional!: boolean;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ name: 'stop_reason', type: 'text', nullable: true })
  stopReason!: string | null;

  @Column({ type: 'boolean' })
  overdue!: boolean;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
