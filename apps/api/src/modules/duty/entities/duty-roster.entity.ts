import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of duty_roster (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_roster')
export class DutyRosterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId!: string | null;

  @Column({ name: 'date_from', type: 'date' })
  dateFrom!: string;

  @Column({ name: 'date_to', type: 'date' })
  dateTo!: string;

  @Column({ type: 'varchar', length: 10 })
  pattern!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'report_due_time', type: 'varchar', length: 5 })
  reportDueTime!: string;

  @Column({ type: 'jsonb' })
  template!: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
