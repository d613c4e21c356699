import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of diversion_follow_up (owner: modules/diversion); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('diversion_follow_up')
export class DiversionFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'diversion_id', type: 'uuid' })
  diversionId!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: string;

  @Column({ name: 'checked_on', type: 'date' })
  checkedOn!: string;

  @Column({ type: 'text' })
  evidence!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
