import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_report_flag (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_report_flag')
export class DutyReportFlagEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @PrimaryColumn({ name: 'report_date', type: 'date' })
  reportDate!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt!: Date;
}
