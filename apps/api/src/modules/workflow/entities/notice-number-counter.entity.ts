import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of notice_number_counter (owner: modules/workflow); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('notice_number_counter')
export class NoticeNumberCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  prefix!: string;
}
