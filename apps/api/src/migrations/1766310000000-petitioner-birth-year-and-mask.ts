import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nothing stored in plaintext may complete a petitioner's ID number. The birth date (digits 7–14)
 * beside the masked copy (digits 1–6 and 15–18) was the whole number, readable by anyone with the
 * database or a backup. The date becomes the birth year, and the masked copy loses digits 5–6
 * (`130529********123X` → `1305**********123X`, maskIdNumber). The new mask is computed from the
 * old one, so no key is needed: masks of more than 10 characters had the form first 6 + stars +
 * last 4, and starring characters 5–6 gives first 4 + stars + last 4.
 *
 * The old values stay in dead tuples and WAL until VACUUM, and in backups taken before.
 */
export class PetitionerBirthYearAndMask1766310000000 implements MigrationInterface {
  name = 'PetitionerBirthYearAndMask1766310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petitioner ADD COLUMN birth_year smallint');
    await q.query('UPDATE petitioner SET birth_year = extract(year FROM birth_date)::smallint WHERE birth_date IS NOT NULL');
    await q.query('ALTER TABLE petitioner DROP COLUMN birth_date');
    await q.query(`UPDATE petitioner SET id_number_masked = overlay(id_number_masked PLACING '**' FROM 5 FOR 2)
                   WHERE length(id_number_masked) > 10 AND substr(id_number_masked, 5, 2) <> '**'`);
  }

  /** The birth date and digits 5–6 are not recoverable without the key: the column comes back empty, masks stay. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE petitioner ADD COLUMN birth_date date');
    await q.query('ALTER TABLE petitioner DROP COLUMN birth_year');
  }
}
