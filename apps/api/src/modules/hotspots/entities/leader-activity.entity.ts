import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of leader_activity (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('leader_activity')
export class LeaderActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'backlog_id', type: 'uuid' })
  backlogId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ type: 'varchar', length: 50 })
  leader!: string;

  @Column({ name: 'people_met', type: 'varchar', length: 200 })
  peopleMet!: string;

  @Column({ type: 'text' })
  result!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
