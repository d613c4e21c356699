import { randomBytes } from 'node:crypto';
import { PersonalDataCipher, PersonalDataKeyError } from './personal-data-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const indexKey = randomBytes(32);

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher({ k1 }, 'k1', indexKey);

  it('round-trips Chinese text and ID numbers; each encryption differs (random IV)', () => {
    for (const value of ['13052919800101123X', '河北省邢台市巨鹿县巨鹿镇某村', '']) {
      const a = cipher.encrypt(value);
      expect(a).toMatch(/^v1\.k1\./);
      expect(a).not.toContain(value || '\u0000');
      expect(cipher.decrypt(a)).toBe(value);
    }
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
  });

  it('refuses a tampered value (GCM authentication)', () => {
    const stored = cipher.encrypt('13800000000');
    const parts = stored.split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 0xff;
    parts[4] = ct.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });

  it('rotates keys: new values use the active key, old ones stay readable', () => {
    const old = cipher.encrypt('old value');
    const rotated = new PersonalDataCipher({ k1, k2 }, 'k2', indexKey);
    expect(rotated.decrypt(old)).toBe('old value');
    expect(rotated.needsRotation(old)).toBe(true);
    const fresh = rotated.encrypt('new value');
    expect(fresh).toMatch(/^v1\.k2\./);
    expect(rotated.needsRotation(fresh)).toBe(false);
    expect(() => cipher.decrypt(fresh)).toThrow(PersonalDataKeyError);
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
