import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of indicator_reconciliation_run (owner: modules/indicators): one month rebuilt by the reconciliation, with its time. Checked against the schema by entities.int-spec.ts. */
@Entity('indicator_reconciliation_run')
export class IndicatorReconciliationRunEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'month_key', type: 'varchar', length: 10 })
  monthKey!: string;

  @Column({ type: 'int' })
  indicators!: number;

  @Column({ name: 'ledger_changes', type: 'int' })
  ledgerChanges!: number;

  @Column({ type: 'int' })
  ms!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
