import { Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_subsidy_sheet_shift (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_subsidy_sheet_shift')
export class DutySubsidySheetShiftEntity {
  @PrimaryColumn({ name: 'sheet_id', type: 'uuid' })
  sheetId!: string;

  @PrimaryColumn({ name: 'shift_id', type: 'uuid' })
  shiftId!: string;
}
