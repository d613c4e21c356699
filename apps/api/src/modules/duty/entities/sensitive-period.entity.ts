import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of sensitive_period (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('sensitive_period')
export class SensitivePeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'varchar', length: 12 })
  scope!: string;

  @Column({ name: 'start_on', type: 'date' })
  startOn!: string;

  @Column({ name: 'end_on', type: 'date' })
  endOn!: string;

  @Column({ name: 'shift_pattern', type: 'varchar', length: 10 })
  shiftPattern!: string;

  @Column({ name: 'report_due_time', type: 'varchar', length: 5 })
  reportDueTime!: string;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
