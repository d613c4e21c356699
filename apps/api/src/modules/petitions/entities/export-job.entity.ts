import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of export_job (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('export_job')
export class ExportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId!: string;

  @Column({ type: 'varchar', length: 10 })
  ledger!: string;

  @Column({ type: 'jsonb' })
  query!: unknown;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Column({ type: 'int' })
  done!: number;

  @Column({ name: 'file_name', type: 'varchar', length: 100 })
  fileName!: string;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
