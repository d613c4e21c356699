import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of content_category (owner: modules/petitions); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('content_category')
export class ContentCategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 20, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 50 })
  label!: string;

  @Column({ type: 'text', array: true })
  aliases!: string[];

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'int' })
  version!: number;
}
