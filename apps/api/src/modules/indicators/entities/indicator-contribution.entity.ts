import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row of indicator_contribution (owner: modules/indicators): what one record adds to an indicator's
 * numerator and denominator in one month, and the township it counts for (null: the county only).
 * Checked against the schema by entities.int-spec.ts.
 */
@Entity('indicator_contribution')
export class IndicatorContributionEntity {
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 40 })
  indicatorCode!: string;

  @PrimaryColumn({ name: 'month_key', type: 'varchar', length: 7 })
  monthKey!: string;

  @PrimaryColumn({ name: 'record_id', type: 'text' })
  recordId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'numeric' })
  numerator!: string;

  @Column({ type: 'numeric' })
  denominator!: string;
}
