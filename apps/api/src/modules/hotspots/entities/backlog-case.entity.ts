import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of backlog_case (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('backlog_case')
export class BacklogCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'backlog_no', type: 'varchar', length: 30 })
  backlogNo!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  origin!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ name: 'hotspot_id', type: 'uuid', nullable: true })
  hotspotId!: string | null;

  @Column({ type: 'varchar', length: 50 })
  leader!: string;

  @Column({ name: 'responsible_org', type: 'varchar', length: 100 })
  responsibleOrg!: string;

  @Column({ type: 'varchar', length: 200 })
  team!: string;

  @Column({ type: 'text' })
  task!: string;

  @Column({ type: 'text' })
  responsibility!: string;

  @Column({ type: 'text' })
  plan!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ name: 'supervision_level', type: 'varchar', length: 10, nullable: true })
  supervisionLevel!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ name: 'resolution_type', type: 'varchar', length: 30, nullable: true })
  resolutionType!: string | null;

  @Column({ name: 'settled_on', type: 'date', nullable: true })
  settledOn!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn!: string | null;
}
