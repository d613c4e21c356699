import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of case_diversion (owner: modules/diversion); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_diversion')
export class CaseDiversionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ name: 'rule_id', type: 'uuid', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'varchar', length: 30 })
  route!: string;

  @Column({ name: 'competent_organ', type: 'varchar', length: 200 })
  competentOrgan!: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'statutory_clock', type: 'text' })
  statutoryClock!: string;

  @Column({ name: 'notice_id', type: 'uuid' })
  noticeId!: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
