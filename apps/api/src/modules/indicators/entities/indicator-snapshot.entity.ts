import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of indicator_snapshot (owner: modules/indicators); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('indicator_snapshot')
export class IndicatorSnapshotEntity {
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 })
  indicatorCode!: string;

  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
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
