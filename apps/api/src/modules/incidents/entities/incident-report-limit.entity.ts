import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of incident_report_limit (owner: modules/incidents); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('incident_report_limit')
export class IncidentReportLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  level!: string;

  @Column({ name: 'phone_minutes', type: 'int' })
  phoneMinutes!: number;

  @Column({ name: 'written_minutes', type: 'int' })
  writtenMinutes!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
