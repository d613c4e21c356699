import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of incident_number_counter (owner: modules/incidents); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('incident_number_counter')
export class IncidentNumberCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq!: number;
}
