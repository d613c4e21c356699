import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of hotspot_case (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('hotspot_case')
export class HotspotCaseEntity {
  @PrimaryColumn({ name: 'hotspot_id', type: 'uuid' })
  hotspotId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'linked_by', type: 'uuid' })
  linkedBy!: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}
