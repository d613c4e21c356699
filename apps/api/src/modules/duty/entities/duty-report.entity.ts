import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of duty_report (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_report')
export class DutyReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'report_date', type: 'date' })
  reportDate!: string;

  @Column({ type: 'varchar', length: 6 })
  type!: string;

  @Column({ name: 'has_abnormal', type: 'boolean' })
  hasAbnormal!: boolean;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'key_person_dynamics', type: 'text' })
  keyPersonDynamics!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;
}
