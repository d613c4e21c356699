import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of case_petitioner (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_petitioner')
export class CasePetitionerEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'petitioner_id', type: 'uuid' })
  petitionerId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: string;

  @Column({ type: 'int' })
  position!: number;
}
