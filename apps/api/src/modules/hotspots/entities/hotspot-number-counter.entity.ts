import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of hotspot_number_counter (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('hotspot_number_counter')
export class HotspotNumberCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  kind!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq!: number;
}
