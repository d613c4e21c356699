import type { OrgUnitType } from '@julu/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A unit of the county's organisation tree (县 → 乡镇/开发区 → 村/社区; 县直单位). */
@Entity('org_unit')
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 统计用区划代码 (12 digits for villages, 9 for townships) or null for bureaus/departments. */
  @Index({ unique: true, where: 'code IS NOT NULL' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: OrgUnitType;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Former names (e.g. 观寨乡 for 观寨镇) so old records still resolve. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** 机关代字 in the numbers of the notices it issues (巨信 for the bureau); null: its name is used. */
  @Column({ name: 'document_abbr', type: 'varchar', length: 16, nullable: true })
  documentAbbr!: string | null;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder!: number;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  /** The township's village list is complete (coverage counts only against complete lists). */
  @Column({ name: 'village_list_complete', type: 'boolean', default: false })
  villageListComplete!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
