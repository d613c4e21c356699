import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of incident_report (owner: modules/incidents); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('incident_report')
export class IncidentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'int', nullable: true })
  seq!: number | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'reported_to', type: 'text', array: true })
  reportedTo!: string[];

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'reported_by', type: 'uuid' })
  reportedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'time_reason', type: 'text', nullable: true })
  timeReason!: string | null;
}
