import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of case_number_counter (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_number_counter')
export class CaseNumberCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq!: number;
}
