import { Entity, PrimaryColumn } from 'typeorm';

/** A row of publicity_event_village (owner: modules/publicity); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('publicity_event_village')
export class PublicityEventVillageEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ name: 'village_id', type: 'uuid' })
  villageId!: string;
}
