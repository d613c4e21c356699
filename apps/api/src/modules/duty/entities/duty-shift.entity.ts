import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of duty_shift (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_shift')
export class DutyShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'roster_id', type: 'uuid' })
  rosterId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 6 })
  type!: string;

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt!: Date;

  @Column({ name: 'end_at', type: 'timestamptz' })
  endAt!: Date;

  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId!: string;

  @Column({ name: 'duty_phone', type: 'varchar', length: 30 })
  dutyPhone!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ name: 'check_in_at', type: 'timestamptz', nullable: true })
  checkInAt!: Date | null;

  @Column({ name: 'checked_in_by', type: 'uuid', nullable: true })
  checkedInBy!: string | null;

  @Column({ name: 'check_out_at', type: 'timestamptz', nullable: true })
  checkOutAt!: Date | null;

  @Column({ name: 'checked_out_by', type: 'uuid', nullable: true })
  checkedOutBy!: string | null;

  @Column({ name: 'missed_at', type: 'timestamptz', nullable: true })
  missedAt!: Date | null;

  @Column({ type: 'int' })
  version!: number;
}
