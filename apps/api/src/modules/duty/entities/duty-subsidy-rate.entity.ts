import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_subsidy_rate (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_subsidy_rate')
export class DutySubsidyRateEntity {
  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'yuan_per_person_day', type: 'numeric', precision: 8, scale: 2 })
  yuanPerPersonDay!: string;

  @Column({ name: 'half_shift_person_days', type: 'numeric', precision: 3, scale: 2 })
  halfShiftPersonDays!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
