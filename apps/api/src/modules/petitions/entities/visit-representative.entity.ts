import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of visit_representative (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('visit_representative')
export class VisitRepresentativeEntity {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @PrimaryColumn({ name: 'petitioner_id', type: 'uuid' })
  petitionerId!: string;

  @Column({ type: 'int' })
  position!: number;
}
