import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of hotspot_weekly_missing (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('hotspot_weekly_missing')
export class HotspotWeeklyMissingEntity {
  @PrimaryColumn({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart!: string;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt!: Date;
}
