import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of publicity_plan (owner: modules/publicity); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('publicity_plan')
export class PublicityPlanEntity {
  @PrimaryColumn({ name: 'village_id', type: 'uuid' })
  villageId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'planned_times', type: 'int' })
  plannedTimes!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
