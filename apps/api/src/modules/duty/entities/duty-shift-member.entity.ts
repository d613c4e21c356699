import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_shift_member (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_shift_member')
export class DutyShiftMemberEntity {
  @PrimaryColumn({ name: 'shift_id', type: 'uuid' })
  shiftId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 6 })
  role!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'check_in_at', type: 'timestamptz', nullable: true })
  checkInAt!: Date | null;

  @Column({ name: 'check_out_at', type: 'timestamptz', nullable: true })
  checkOutAt!: Date | null;

  @Column({ name: 'missed_at', type: 'timestamptz', nullable: true })
  missedAt!: Date | null;
}
