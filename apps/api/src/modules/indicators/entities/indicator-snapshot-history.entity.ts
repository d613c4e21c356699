import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of indicator_snapshot_history (owner: modules/indicators): one change of a snapshot's value. Checked against the schema by entities.int-spec.ts. */
@Entity('indicator_snapshot_history')
export class IndicatorSnapshotHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'indicator_code', type: 'varchar', length: 40 })
  indicatorCode!: string;

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'numeric' })
  numerator!: string;

  @Column({ type: 'numeric' })
  denominator!: string;

  @Column({ type: 'numeric', nullable: true })
  value!: string | null;

  @Column({ name: 'definition_version', type: 'int' })
  definitionVersion!: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
