import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of duty_subsidy_sheet (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_subsidy_sheet')
export class DutySubsidySheetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId!: string | null;

  @Column({ type: 'varchar', length: 7, nullable: true })
  month!: string | null;

  @Column({ name: 'date_from', type: 'date' })
  dateFrom!: string;

  @Column({ name: 'date_to', type: 'date' })
  dateTo!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'budget_project_code', type: 'varchar', length: 40 })
  budgetProjectCode!: string;

  @Column({ name: 'total_person_days', type: 'numeric', precision: 10, scale: 2 })
  totalPersonDays!: string;

  @Column({ name: 'total_fen', type: 'bigint' })
  totalFen!: string;

  @Column({ name: 'unpaid_shifts', type: 'int' })
  unpaidShifts!: number;

  @Column({ type: 'jsonb' })
  segments!: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
}
