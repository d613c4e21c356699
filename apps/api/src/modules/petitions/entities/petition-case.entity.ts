import type { CaseSource, CaseState, Channel, ChannelSubtype, MatterType, SupervisionLevel, VisitedLevel } from '@julu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of petition_case (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('petition_case')
export class PetitionCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo!: string | null;

  @Column({ name: 'case_year', type: 'int' })
  caseYear!: number;

  @Column({ name: 'case_seq', type: 'int', nullable: true })
  caseSeq!: number | null;

  @Column({ name: 'query_code', type: 'varchar', length: 16 })
  queryCode!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: Channel;

  @Column({ name: 'channel_subtype', type: 'varchar', length: 30, nullable: true })
  channelSubtype!: ChannelSubtype | null;

  @Column({ type: 'varchar', length: 30 })
  source!: CaseSource;

  @Column({ name: 'matter_type', type: 'varchar', length: 20 })
  matterType!: MatterType;

  @Column({ name: 'category_code', type: 'varchar', length: 20 })
  categoryCode!: string;

  @Column({ name: 'category_label', type: 'varchar', length: 110 })
  categoryLabel!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'main_request', type: 'text' })
  mainRequest!: string;

  @Column({ name: 'facts_reasons', type: 'text', nullable: true })
  factsReasons!: string | null;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId!: string | null;

  @Column({ name: 'location_detail', type: 'varchar', length: 200, nullable: true })
  locationDetail!: string | null;

  @Column({ name: 'involved_unit_id', type: 'uuid', nullable: true })
  involvedUnitId!: string | null;

  @Column({ name: 'people_count', type: 'int' })
  peopleCount!: number;

  @Column({ name: 'joint_signers', type: 'int' })
  jointSigners!: number;

  @Column({ name: 'visited_level', type: 'varchar', length: 10, nullable: true })
  visitedLevel!: VisitedLevel | null;

  @Column({ name: 'is_group', type: 'boolean' })
  isGroup!: boolean;

  @Column({ name: 'is_skip_level', type: 'boolean' })
  isSkipLevel!: boolean;

  @Column({ name: 'is_joint_letter', type: 'boolean' })
  isJointLetter!: boolean;

  @Column({ name: 'is_law_related', type: 'boolean' })
  isLawRelated!: boolean;

  @Column({ type: 'varchar', length: 30 })
  status!: CaseState;

  @Column({ name: 'handling_unit_id', type: 'uuid', nullable: true })
  handlingUnitId!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy!: string;

  @Column({ name: 'registering_unit_id', type: 'uuid', nullable: true })
  registeringUnitId!: string | null;

  @Column({ name: 'search_grams', type: 'text', array: true })
  searchGrams!: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'is_repeat', type: 'boolean' })
  isRepeat!: boolean;

  @Column({ name: 'prior_case_id', type: 'uuid', nullable: true })
  priorCaseId!: string | null;

  @Column({ name: 'repeat_count', type: 'int' })
  repeatCount!: number;

  @Column({ name: 'category_version', type: 'int' })
  categoryVersion!: number;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  disposition!: 'FORWARD' | 'ASSIGN' | null;

  @Column({ name: 'supervision_level', type: 'varchar', length: 10, nullable: true })
  supervisionLevel!: SupervisionLevel | null;

  @Column({ name: 'supervision_since', type: 'timestamptz', nullable: true })
  supervisionSince!: Date | null;

  @Column({ name: 'supervision_note', type: 'text', nullable: true })
  supervisionNote!: string | null;

  @Column({ type: 'boolean' })
  overdue!: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn!: string | null;
}
