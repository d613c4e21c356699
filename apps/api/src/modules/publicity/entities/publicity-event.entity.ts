import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of publicity_event (owner: modules/publicity); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('publicity_event')
export class PublicityEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ type: 'varchar', length: 20 })
  form!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'int' })
  participants!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
