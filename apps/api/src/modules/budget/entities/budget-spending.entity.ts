import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of budget_spending (owner: modules/budget); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('budget_spending')
export class BudgetSpendingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_code', type: 'varchar', length: 40 })
  projectCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'spent_on', type: 'date' })
  spentOn!: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  source!: string;

  @Column({ name: 'source_ref', type: 'varchar', length: 80, nullable: true })
  sourceRef!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
