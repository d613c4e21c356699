import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_subsidy_paid_shift (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_subsidy_paid_shift')
export class DutySubsidyPaidShiftEntity {
  @PrimaryColumn({ name: 'shift_id', type: 'uuid' })
  shiftId!: string;

  @Column({ name: 'sheet_id', type: 'uuid' })
  sheetId!: string;
}
