import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of clock_rule (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('clock_rule')
export class ClockRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'varchar', length: 50 })
  article!: string;

  @Column({ type: 'int' })
  amount!: number;

  @Column({ type: 'varchar', length: 12 })
  unit!: string;

  @Column({ type: 'varchar', length: 12 })
  party!: string;

  @Column({ name: 'exclude_start_day', type: 'boolean' })
  excludeStartDay!: boolean;

  @Column({ name: 'extend_past_days_off', type: 'boolean' })
  extendPastDaysOff!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
