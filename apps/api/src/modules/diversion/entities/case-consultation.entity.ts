import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of case_consultation (owner: modules/diversion); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_consultation')
export class CaseConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'varchar', length: 50 })
  advisor!: string;

  @Column({ name: 'lawyer_on_duty', type: 'varchar', length: 50, nullable: true })
  lawyerOnDuty!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
