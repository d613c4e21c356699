import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of budget_monitoring (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_monitoring')
export class BudgetMonitoringEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ name: 'budget_fen', type: 'bigint' })
  budgetFen!: string;

  @Column({ name: 'executed_fen', type: 'bigint' })
  executedFen!: string;

  @Column({ name: 'forecast_fen', type: 'bigint' })
  forecastFen!: string;

  @Column({ type: 'jsonb' })
  rows!: unknown;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
