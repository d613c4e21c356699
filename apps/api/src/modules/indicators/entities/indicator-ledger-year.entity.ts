import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of indicator_ledger_year (owner: modules/indicators): a year whose ledger a full reconciliation built. Checked against the schema by entities.int-spec.ts. */
@Entity('indicator_ledger_year')
export class IndicatorLedgerYearEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'reconciled_at', type: 'timestamptz' })
  reconciledAt!: Date;

  @Column({ type: 'int' })
  drift!: number;
}
