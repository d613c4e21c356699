import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of budget_goal_import (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_goal_import')
export class BudgetGoalImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'jsonb' })
  report!: unknown;

  @Column({ name: 'imported_by', type: 'uuid' })
  importedBy!: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
