import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of case_repeat_link (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_repeat_link')
export class CaseRepeatLinkEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'prior_case_id', type: 'uuid' })
  priorCaseId!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true })
  score!: string | null;

  @Column({ type: 'jsonb' })
  reasons!: unknown;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
