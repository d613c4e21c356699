import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of case_evaluation (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_evaluation')
export class CaseEvaluationEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  stage!: string;

  @Column({ type: 'varchar', length: 20 })
  result!: string;

  @Column({ type: 'varchar', length: 10 })
  source!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
