import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of petitioner (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('petitioner')
export class PetitionerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ name: 'id_type', type: 'varchar', length: 20 })
  idType!: string;

  @Column({ name: 'id_number_enc', type: 'text', nullable: true })
  idNumberEnc!: string | null;

  @Column({ name: 'id_number_bidx', type: 'char', length: 64, nullable: true })
  idNumberBidx!: string | null;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 40, nullable: true })
  idNumberMasked!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: string | null;

  @Column({ name: 'mobile_enc', type: 'text', nullable: true })
  mobileEnc!: string | null;

  @Column({ name: 'mobile_bidx', type: 'char', length: 64, nullable: true })
  mobileBidx!: string | null;

  @Column({ name: 'mobile_masked', type: 'varchar', length: 24, nullable: true })
  mobileMasked!: string | null;

  @Column({ name: 'landline_enc', type: 'text', nullable: true })
  landlineEnc!: string | null;

  @Column({ name: 'landline_bidx', type: 'char', length: 64, nullable: true })
  landlineBidx!: string | null;

  @Column({ name: 'landline_masked', type: 'varchar', length: 24, nullable: true })
  landlineMasked!: string | null;

  @Column({ name: 'township_id', type: 'uuid', nullable: true })
  townshipId!: string | null;

  @Column({ name: 'village_id', type: 'uuid', nullable: true })
  villageId!: string | null;

  @Column({ name: 'address_detail_enc', type: 'text', nullable: true })
  addressDetailEnc!: string | null;

  @Column({ name: 'political_status', type: 'varchar', length: 20, nullable: true })
  politicalStatus!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  occupation!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  workplace!: string | null;

  @Column({ name: 'is_representative', type: 'boolean' })
  isRepresentative!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ name: 'accused_unit_ids', type: 'uuid', array: true })
  accusedUnitIds!: string[];
}
