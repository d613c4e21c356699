import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of budget_project (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_project')
export class BudgetProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 20 })
  unitCode!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 100 })
  unitName!: string;

  @Column({ name: 'budget_fen', type: 'bigint' })
  budgetFen!: string;

  @Column({ name: 'fiscal_fen', type: 'bigint' })
  fiscalFen!: string;

  @Column({ name: 'other_fen', type: 'bigint', nullable: true })
  otherFen!: string | null;

  @Column({ name: 'funding_source', type: 'varchar', length: 100 })
  fundingSource!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text' })
  goal!: string;

  @Column({ name: 'spending_plan', type: 'jsonb' })
  spendingPlan!: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
