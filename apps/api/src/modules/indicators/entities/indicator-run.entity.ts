import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of indicator_run (owner: modules/indicators): one recomputation, counted so coalescing is visible. Checked against the schema by entities.int-spec.ts. */
@Entity('indicator_run')
export class IndicatorRunEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'int' })
  indicators!: number;

  @Column({ type: 'int' })
  ms!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
