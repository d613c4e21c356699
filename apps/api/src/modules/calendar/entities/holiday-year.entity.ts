import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of holiday_year (owner: modules/calendar); the columns are checked against the schema by entities.int-spec.ts. */
@Entity('holiday_year')
export class HolidayYearEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  notice!: string;

  @Column({ type: 'jsonb' })
  holidays!: unknown;

  @Column({ type: 'jsonb' })
  workdays!: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
