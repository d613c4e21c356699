import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of budget_goal_row (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_goal_row')
export class BudgetGoalRowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 50 })
  level1!: string;

  @Column({ type: 'varchar', length: 50 })
  level2!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'target_text', type: 'text' })
  targetText!: string;

  @Column({ type: 'text' })
  basis!: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  operator!: string | null;

  @Column({ name: 'target_value', type: 'numeric', nullable: true })
  targetValue!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  unit!: string | null;

  @Column({ type: 'text', array: true })
  flags!: string[];

  @Column({ name: 'indicator_code', type: 'varchar', length: 40, nullable: true })
  indicatorCode!: string | null;

  @Column({ name: 'manual_actual', type: 'numeric', nullable: true })
  manualActual!: string | null;

  @Column({ name: 'manual_grade', type: 'varchar', length: 20, nullable: true })
  manualGrade!: string | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ name: 'actual_entered_by', type: 'uuid', nullable: true })
  actualEnteredBy!: string | null;

  @Column({ name: 'actual_entered_at', type: 'timestamptz', nullable: true })
  actualEnteredAt!: Date | null;
}
