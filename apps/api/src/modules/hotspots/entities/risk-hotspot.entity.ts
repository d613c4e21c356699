import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of risk_hotspot (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('risk_hotspot')
export class RiskHotspotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'hotspot_no', type: 'varchar', length: 30 })
  hotspotNo!: string;

  @Column({ name: 'found_on', type: 'date' })
  foundOn!: string;

  @Column({ name: 'found_by', type: 'varchar', length: 50 })
  foundBy!: string;

  @Column({ name: 'reporting_org', type: 'varchar', length: 100 })
  reportingOrg!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId!: string | null;

  @Column({ name: 'category_code', type: 'varchar', length: 20 })
  categoryCode!: string;

  @Column({ name: 'category_label', type: 'varchar', length: 110 })
  categoryLabel!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'main_demand', type: 'text' })
  mainDemand!: string;

  @Column({ name: 'people_involved', type: 'int' })
  peopleInvolved!: number;

  @Column({ name: 'group_type', type: 'varchar', length: 50 })
  groupType!: string;

  @Column({ name: 'possible_direction', type: 'varchar', length: 10, nullable: true })
  possibleDirection!: string | null;

  @Column({ name: 'risk_level', type: 'smallint' })
  riskLevel!: number;

  @Column({ name: 'leader_in_charge', type: 'varchar', length: 50 })
  leaderInCharge!: string;

  @Column({ name: 'responsible_org', type: 'varchar', length: 100 })
  responsibleOrg!: string;

  @Column({ name: 'responsible_person', type: 'varchar', length: 50 })
  responsiblePerson!: string;

  @Column({ name: 'stability_person', type: 'varchar', length: 50 })
  stabilityPerson!: string;

  @Column({ name: 'measures_resolve', type: 'text' })
  measuresResolve!: string;

  @Column({ name: 'measures_stability', type: 'text' })
  measuresStability!: string;

  @Column({ name: 'deadline_days', type: 'int' })
  deadlineDays!: number;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ name: 'close_requested', type: 'boolean' })
  closeRequested!: boolean;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ name: 'backlog_case_id', type: 'uuid', nullable: true })
  backlogCaseId!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
