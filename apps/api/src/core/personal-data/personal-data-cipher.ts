import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Kinds of personal data with a blind index; the kind is mixed into the HMAC so indexes never collide. */
export type BlindIndexKind = 'id_number' | 'phone';

const FORMAT = 'v1';
const IV_BYTES = 12;

export class PersonalDataKeyError extends Error {}

/**
 * Field-level encryption of personal data (AES-256-GCM) and blind indexes (HMAC-SHA256).
 * A stored value is `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts): the key id travels
 * with the value, so keys rotate by adding a new active key while old values stay readable.
 */
export class PersonalDataCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(
    keys: Record<string, Buffer>,
    private readonly activeKeyId: string,
    private readonly indexKey: Buffer,
  ) {
    this.keys = new Map(Object.entries(keys));
    for (const [id, key] of this.keys) {
      if (key.length !== 32) throw new PersonalDataKeyError(`PII key ${id} must be 32 bytes (got ${key.length})`);
    }
    if (!this.keys.has(activeKeyId)) throw new PersonalDataKeyError(`PII_ACTIVE_KEY_ID ${activeKeyId} is not among the keys`);
    if (indexKey.length < 32) throw new PersonalDataKeyError('PII_BLIND_INDEX_KEY must be at least 32 bytes');
  }

  /** Parses `PII_KEYS` (`id:base64,id2:base64`). */
  static parseKeys(spec: string): Record<string, Buffer> {
    const keys: Record<string, Buffer> = {};
    for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
      const [id, material] = part.split(':');
      if (!id || !material || !/^[A-Za-z0-9_-]{1,16}$/.test(id)) throw new PersonalDataKeyError(`bad PII key entry "${id ?? ''}"`);
      keys[id] = Buffer.from(material, 'base64');
    }
    return keys;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.activeKeyId), iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, this.activeKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was altered (GCM authentication) or its key is unknown. */
  decrypt(stored: string): string {
    const [format, keyId, iv, tag, ciphertext] = stored.split('.');
    if (format !== FORMAT || !keyId || !iv || !tag || ciphertext === undefined) throw new PersonalDataKeyError('not an encrypted value');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored value was written with an older key (a re-encryption job rewrites it). */
  needsRotation(stored: string): boolean {
    return stored.split('.')[1] !== this.activeKeyId;
  }

  /** Keyed HMAC of an already normalised value: equal inputs give equal indexes, nothing else leaks. */
  blindIndex(kind: BlindIndexKind, normalized: string): string {
    return createHmac('sha256', this.indexKey).update(`${kind}:${normalized}`).digest('hex');
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new PersonalDataKeyError(`unknown PII key id ${id}`);
    return key;
  }
}
