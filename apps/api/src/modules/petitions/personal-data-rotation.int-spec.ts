import { createCipheriv, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../../core/personal-data/personal-data-cipher';
import { createMigratedDataSource, type TestDatabase } from '../../../test/test-database';
import { PersonalDataRotationService, ROTATION_BATCH } from './personal-data-rotation.service';
import { petitionerCipherContext } from './petitioner.row';

/** A value in the v1 format (no associated data), as written before ciphertexts were bound to their row. */
function legacyV1(key: Buffer, keyId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

describe('personal data rotation: v1 values and old keys are rewritten with the active key (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const indexKey = randomBytes(32);

  beforeAll(async () => {
    ({ db, dataSource: ds } = await createMigratedDataSource());
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('rewrites every stale value in batches, keeps each plaintext, and finds nothing the second time', async () => {
    const old = new PersonalDataCipher({ k1 }, 'k1', indexKey);
    const total = ROTATION_BATCH + 7;
    const plain = (i: number): string => `13052919800101${String(1000 + i).slice(-4)}`;
    for (let i = 0; i < total; i++) {
      const [{ id }] = await ds.query(`INSERT INTO petitioner (name, id_type) VALUES ($1, 'RESIDENT_ID') RETURNING id`, [`R${i}`]);
      const idNumber = i % 2 === 0 ? legacyV1(k1, 'k1', plain(i)) : old.encrypt(plain(i), petitionerCipherContext(id, 'id_number_enc'));
      const mobile = i % 3 === 0 ? old.encrypt(`139${String(i).padStart(8, '0')}`, petitionerCipherContext(id, 'mobile_enc')) : null;
      await ds.query('UPDATE petitioner SET id_number_enc = $2, mobile_enc = $3 WHERE id = $1', [id, idNumber, mobile]);
    }

    const rotated = new PersonalDataCipher({ k1, k2 }, 'k2', indexKey);
    const service = new PersonalDataRotationService(ds, rotated);
    expect(await service.run()).toEqual({ rewritten: total });
    expect(await service.run()).toEqual({ rewritten: 0 });

    const rows: { id: string; name: string; id_number_enc: string; mobile_enc: string | null }[] = await ds.query(
      `SELECT id, name, id_number_enc, mobile_enc FROM petitioner WHERE name LIKE 'R%' ORDER BY name`,
    );
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      const i = Number(row.name.slice(1));
      expect(row.id_number_enc.startsWith('v2.k2.')).toBe(true);
      expect(rotated.decrypt(row.id_number_enc, petitionerCipherContext(row.id, 'id_number_enc'))).toBe(plain(i));
      if (row.mobile_enc) expect(rotated.decrypt(row.mobile_enc, petitionerCipherContext(row.id, 'mobile_enc'))).toBe(`139${String(i).padStart(8, '0')}`);
    }
    // The old key can be retired: nothing needs it any more.
    const withoutK1 = new PersonalDataCipher({ k2 }, 'k2', indexKey);
    expect(withoutK1.decrypt(rows[0].id_number_enc, petitionerCipherContext(rows[0].id, 'id_number_enc'))).toBe(plain(Number(rows[0].name.slice(1))));
  });
});
