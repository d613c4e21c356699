import { Entity, PrimaryColumn } from 'typeorm';

/** A row of backlog_case_link (owner: modules/hotspots); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('backlog_case_link')
export class BacklogCaseLinkEntity {
  @PrimaryColumn({ name: 'backlog_id', type: 'uuid' })
  backlogId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;
}
