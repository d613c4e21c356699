import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of visit (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('visit')
export class VisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'arrival_at', type: 'timestamptz' })
  arrivalAt!: Date;

  @Column({ name: 'reception_started_at', type: 'timestamptz' })
  receptionStartedAt!: Date;

  @Column({ name: 'person_count', type: 'int' })
  personCount!: number;

  @Column({ name: 'is_group', type: 'boolean' })
  isGroup!: boolean;

  @Column({ name: 'talk_outcome', type: 'text', nullable: true })
  talkOutcome!: string | null;

  @Column({ name: 'received_by', type: 'uuid' })
  receivedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
