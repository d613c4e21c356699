import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of diversion_rule (owner: modules/diversion); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('diversion_rule')
export class DiversionRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  route!: string;

  @Column({ name: 'matter_types', type: 'text', array: true })
  matterTypes!: string[];

  @Column({ name: 'category_codes', type: 'text', array: true })
  categoryCodes!: string[];

  @Column({ type: 'text', array: true })
  keywords!: string[];

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'competent_organ', type: 'varchar', length: 200 })
  competentOrgan!: string;

  @Column({ name: 'statutory_clock', type: 'text' })
  statutoryClock!: string;

  @Column({ name: 'limit_amount', type: 'int', nullable: true })
  limitAmount!: number | null;

  @Column({ name: 'limit_unit', type: 'varchar', length: 10, nullable: true })
  limitUnit!: string | null;

  @Column({ type: 'int' })
  priority!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
