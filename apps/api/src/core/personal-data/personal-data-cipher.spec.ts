import { createCipheriv, randomBytes } from 'node:crypto';
import { type CipherContext, PersonalDataCipher, PersonalDataKeyError } from './personal-data-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const indexKey = randomBytes(32);
const at: CipherContext = { table: 'petitioner', rowId: '7d3c3d5e-4b8a-4f38-9a51-2f0c9c1e0a11', column: 'id_number_enc' };

/** A value as the first format wrote it: no associated data. */
function legacyV1(key: Buffer, keyId: string, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', keyId, iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher({ k1 }, 'k1', indexKey);

  it('round-trips Chinese text and ID numbers; each encryption differs (random IV)', () => {
    for (const value of ['13052919800101123X', '河北省邢台市巨鹿县巨鹿镇某村', '']) {
      const a = cipher.encrypt(value, at);
      expect(a).toMatch(/^v2\.k1\./);
      expect(a).not.toContain(value || '\u0000');
      expect(cipher.decrypt(a, at)).toBe(value);
    }
    expect(cipher.encrypt('x', at)).not.toBe(cipher.encrypt('x', at));
  });

  it('refuses a tampered value (GCM authentication)', () => {
    const stored = cipher.encrypt('13800000000', at);
    const parts = stored.split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 0xff;
    parts[4] = ct.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), at)).toThrow();
  });

  it('binds a value to its table, row and column: moved elsewhere it does not decrypt', () => {
    const stored = cipher.encrypt('13052919800101123X', at);
    expect(() => cipher.decrypt(stored, { ...at, rowId: 'e5a1b0c2-0000-4000-8000-000000000001' })).toThrow();
    expect(() => cipher.decrypt(stored, { ...at, column: 'mobile_enc' })).toThrow();
    expect(() => cipher.decrypt(stored, { ...at, table: 'visit' })).toThrow();
    expect(cipher.decrypt(stored, at)).toBe('13052919800101123X');
  });

  it('refuses a truncated authentication tag (the full 16 bytes are required)', () => {
    for (const stored of [cipher.encrypt('13800000000', at), legacyV1(k1, 'k1', '13800000000')]) {
      const parts = stored.split('.');
      parts[3] = Buffer.from(parts[3], 'base64url').subarray(0, 4).toString('base64url');
      expect(() => cipher.decrypt(parts.join('.'), at)).toThrow();
    }
  });

  it('still reads values written in the v1 format (no associated data), and marks them for rewriting', () => {
    const old = legacyV1(k1, 'k1', '河北省邢台市巨鹿县');
    expect(cipher.decrypt(old, at)).toBe('河北省邢台市巨鹿县');
    expect(cipher.decrypt(old, { ...at, rowId: 'any' })).toBe('河北省邢台市巨鹿县');
    expect(cipher.needsRotation(old)).toBe(true);
    expect(cipher.needsRotation(cipher.encrypt('x', at))).toBe(false);
  });

  it('rotates keys: new values use the active key, old ones stay readable', () => {
    const old = cipher.encrypt('old value', at);
    const rotated = new PersonalDataCipher({ k1, k2 }, 'k2', indexKey);
    expect(rotated.decrypt(old, at)).toBe('old value');
    expect(rotated.needsRotation(old)).toBe(true);
    const fresh = rotated.encrypt('new value', at);
    expect(fresh).toMatch(/^v2\.k2\./);
    expect(rotated.needsRotation(fresh)).toBe(false);
    expect(() => cipher.decrypt(fresh, at)).toThrow(PersonalDataKeyError);
  });

  it('blind indexes are deterministic, kind-separated and depend on the key', () => {
    const a = cipher.blindIndex('phone', '13800000000');
    expect(cipher.blindIndex('phone', '13800000000')).toBe(a);
    expect(cipher.blindIndex('id_number', '13800000000')).not.toBe(a);
    expect(new PersonalDataCipher({ k1 }, 'k1', randomBytes(32)).blindIndex('phone', '13800000000')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('parses PII_KEYS and validates key sizes and the active key', () => {
    const keys = PersonalDataCipher.parseKeys(`k1:${k1.toString('base64')}, k2:${k2.toString('base64')}`);
    expect(Object.keys(keys)).toEqual(['k1', 'k2']);
    expect(() => new PersonalDataCipher({ k1: randomBytes(16) }, 'k1', indexKey)).toThrow(/32 bytes/);
    expect(() => new PersonalDataCipher({ k1 }, 'k9', indexKey)).toThrow(/not among/);
    expect(() => PersonalDataCipher.parseKeys('no-colon')).toThrow(PersonalDataKeyError);
  });
});
