import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of budget_evaluation (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_evaluation')
export class BudgetEvaluationEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'jsonb' })
  inputs!: unknown;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'numeric' })
  total!: string;

  @Column({ type: 'varchar', length: 2 })
  grade!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  @Column({ name: 'execution_percent', type: 'numeric', nullable: true })
  executionPercent!: string | null;
}
