import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of incident (owner: modules/incidents); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('incident')
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'incident_no', type: 'varchar', length: 30 })
  incidentNo!: string;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ name: 'discovered_at', type: 'timestamptz' })
  discoveredAt!: Date;

  @Column({ type: 'varchar', length: 20 })
  level!: string;

  @Column({ type: 'varchar', length: 20 })
  nature!: string;

  @Column({ type: 'varchar', length: 12 })
  source!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId!: string | null;

  @Column({ name: 'place_detail', type: 'varchar', length: 200 })
  placeDetail!: string;

  @Column({ name: 'people_count', type: 'int' })
  peopleCount!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  measures!: string;

  @Column({ name: 'phone_limit_minutes', type: 'int' })
  phoneLimitMinutes!: number;

  @Column({ name: 'written_limit_minutes', type: 'int' })
  writtenLimitMinutes!: number;

  @Column({ name: 'phone_reported_at', type: 'timestamptz', nullable: true })
  phoneReportedAt!: Date | null;

  @Column({ name: 'written_reported_at', type: 'timestamptz', nullable: true })
  writtenReportedAt!: Date | null;

  @Column({ name: 'final_reported_at', type: 'timestamptz', nullable: true })
  finalReportedAt!: Date | null;

  @Column({ name: 'reported_to', type: 'text', array: true })
  reportedTo!: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
