import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of indicator_dirty (owner: modules/indicators): a period and unit waiting for recomputation. Checked against the schema by entities.int-spec.ts. */
@Entity('indicator_dirty')
export class IndicatorDirtyEntity {
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ name: 'dirty_at', type: 'timestamptz' })
  dirtyAt!: Date;

  @Column({ name: 'first_dirty_at', type: 'timestamptz' })
  firstDirtyAt!: Date;
}
