import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of case_notice (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('case_notice')
export class CaseNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ name: 'notice_no', type: 'varchar', length: 40 })
  noticeNo!: string;

  @Column({ type: 'varchar', length: 50 })
  title!: string;

  @Column({ type: 'varchar', length: 200 })
  recipient!: string;

  @Column({ type: 'jsonb' })
  paragraphs!: unknown;

  @Column({ type: 'varchar', length: 100 })
  issuer!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @Column({ name: 'delivery_method', type: 'varchar', length: 20, nullable: true })
  deliveryMethod!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'delivered_by', type: 'uuid', nullable: true })
  deliveredBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
