import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of hotspot_follow_up (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('hotspot_follow_up')
export class HotspotFollowUpEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'hotspot_id', type: 'uuid' })
  hotspotId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  action!: string | null;

  @Column({ type: 'text' })
  content!: string;
}
