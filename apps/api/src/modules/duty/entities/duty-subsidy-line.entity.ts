import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_subsidy_line (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_subsidy_line')
export class DutySubsidyLineEntity {
  @PrimaryColumn({ name: 'sheet_id', type: 'uuid' })
  sheetId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'int' })
  shifts!: number;

  @Column({ name: 'person_days', type: 'numeric', precision: 8, scale: 2 })
  personDays!: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen!: string;
}
