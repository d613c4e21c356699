import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of case_law_flag (owner: modules/diversion); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_law_flag')
export class CaseLawFlagEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'flagged_by', type: 'uuid' })
  flaggedBy!: string;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt!: Date;
}
