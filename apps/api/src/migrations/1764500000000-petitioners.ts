import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Petitioners (信访人). ID number, phones and detailed address are stored only encrypted
 * (`*_enc`), with keyed blind indexes (`*_bidx`) for exact lookup and masked copies for lists.
 */
export class Petitioners1764500000000 implements MigrationInterface {
  name = 'Petitioners1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query(`
      CREATE TABLE petitioner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(50) NOT NULL,
        id_type varchar(20) NOT NULL,
        id_number_enc text,
        id_number_bidx char(64),
        id_number_masked varchar(40),
        gender varchar(8),
        birth_date date,
        mobile_enc text,
        mobile_bidx char(64),
        mobile_masked varchar(24),
        landline_enc text,
        landline_bidx char(64),
        landline_masked varchar(24),
        township_id uuid REFERENCES org_unit (id),
        village_id uuid REFERENCES org_unit (id),
        address_detail_enc text,
        political_status varchar(20),
        occupation varchar(50),
        workplace varchar(100),
        is_representative boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One record per identity document: a second registration of the same number is a 409.
    await q.query('CREATE UNIQUE INDEX petitioner_id_number_bidx ON petitioner (id_number_bidx) WHERE id_number_bidx IS NOT NULL');
    await q.query('CREATE INDEX petitioner_mobile_bidx ON petitioner (mobile_bidx) WHERE mobile_bidx IS NOT NULL');
    await q.query('CREATE INDEX petitioner_landline_bidx ON petitioner (landline_bidx) WHERE landline_bidx IS NOT NULL');
    await q.query('CREATE INDEX petitioner_township_idx ON petitioner (township_id)');
    await q.query('CREATE INDEX petitioner_village_name_idx ON petitioner (village_id, name)');
    await q.query('CREATE INDEX petitioner_name_trgm_idx ON petitioner USING gin (name gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE petitioner');
  }
}
