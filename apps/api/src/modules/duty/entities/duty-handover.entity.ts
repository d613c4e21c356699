import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of duty_handover (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('duty_handover')
export class DutyHandoverEntity {
  @PrimaryColumn({ name: 'shift_id', type: 'uuid' })
  shiftId!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'pending_items', type: 'text' })
  pendingItems!: string;

  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ name: 'received_by', type: 'uuid', nullable: true })
  receivedBy!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;
}
