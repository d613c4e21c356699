import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of return_escort (owner: modules/duty); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('return_escort')
export class ReturnEscortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ name: 'petitioner_names', type: 'varchar', length: 200 })
  petitionerNames!: string;

  @Column({ name: 'people_count', type: 'int' })
  peopleCount!: number;

  @Column({ name: 'found_at', type: 'timestamptz' })
  foundAt!: Date;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ name: 'place_kind', type: 'varchar', length: 20 })
  placeKind!: string;

  @Column({ type: 'text' })
  matter!: string;

  @Column({ type: 'text', array: true })
  staff!: string[];

  @Column({ name: 'leader_name', type: 'varchar', length: 50 })
  leaderName!: string;

  @Column({ name: 'departure_at', type: 'timestamptz', nullable: true })
  departureAt!: Date | null;

  @Column({ name: 'arrival_at', type: 'timestamptz', nullable: true })
  arrivalAt!: Date | null;

  @Column({ type: 'varchar', length: 100 })
  transport!: string;

  @Column({ name: 'cost_fen', type: 'bigint' })
  costFen!: string;

  @Column({ name: 'cost_note', type: 'varchar', length: 200 })
  costNote!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'boolean' })
  voluntary!: boolean;

  @Column({ name: 'voluntariness_note', type: 'text' })
  voluntarinessNote!: string;

  @Column({ name: 'follow_up', type: 'text' })
  followUp!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
