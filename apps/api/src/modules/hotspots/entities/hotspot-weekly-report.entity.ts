import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of hotspot_weekly_report (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('hotspot_weekly_report')
export class HotspotWeeklyReportEntity {
  @PrimaryColumn({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart!: string;

  @Column({ name: 'zero_report', type: 'boolean' })
  zeroReport!: boolean;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
