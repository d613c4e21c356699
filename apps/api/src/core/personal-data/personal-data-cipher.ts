import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Kinds of personal data with a blind index; the kind is mixed into the HMAC so indexes never collide. */
export type BlindIndexKind = 'id_number' | 'phone';

/**
 * Where a ciphertext lives: its table, row id and column. Bound to the ciphertext as GCM
 * associated data, so a value copied to another row or field no longer decrypts.
 */
export interface CipherContext {
  table: string;
  rowId: string;
  column: string;
}

/** v1: no associated data (still read, never written). v2: bound to its CipherContext. */
const LEGACY_FORMAT = 'v1';
const FORMAT = 'v2';
const IV_BYTES = 12;
/** The full 128-bit GCM tag; a shorter tag would make forgeries easier, so decipher insists on it. */
const TAG_BYTES = 16;

export class PersonalDataKeyError extends Error {}

/**
 * Field-level encryption of personal data (AES-256-GCM) and blind indexes (HMAC-SHA256).
 * A stored value is `v2.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts): the key id travels
 * with the value, so keys rotate by adding a new active key while old values stay readable.
 * The associated data `v2:<table>:<rowId>:<column>` is authenticated with the value.
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
    for (const part of spec
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [id, material] = part.split(':');
      if (!id || !material || !/^[A-Za-z0-9_-]{1,16}$/.test(id)) throw new PersonalDataKeyError(`bad PII key entry "${id ?? ''}"`);
      keys[id] = Buffer.from(material, 'base64');
    }
    return keys;
  }

  /** The associated data of a v2 value (exported for the data generator's tests to match). */
  static associatedData(context: CipherContext): Buffer {
    for (const part of [context.table, context.rowId, context.column]) {
      if (!part || part.includes(':')) throw new PersonalDataKeyError('cipher context parts must be non-empty and without ":"');
    }
    return Buffer.from(`${FORMAT}:${context.table}:${context.rowId}:${context.column}`, 'utf8');
  }

  encrypt(plain: string, context: CipherContext): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.activeKeyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(PersonalDataCipher.associatedData(context));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, this.activeKeyId, iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /**
   * Throws when the value was altered (GCM authentication), belongs to another row or field (v2),
   * or its key is unknown. v1 values carry no associated data and are read as before.
   */
  decrypt(stored: string, context: CipherContext): string {
    const [format, keyId, iv, tag, ciphertext, extra] = stored.split('.');
    if ((format !== FORMAT && format !== LEGACY_FORMAT) || !keyId || !iv || !tag || ciphertext === undefined || extra !== undefined) {
      throw new PersonalDataKeyError('not an encrypted value');
    }
    const tagBytes = Buffer.from(tag, 'base64url');
    if (tagBytes.length !== TAG_BYTES) throw new PersonalDataKeyError('bad authentication tag length');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tagBytes);
    if (format === FORMAT) decipher.setAAD(PersonalDataCipher.associatedData(context));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored value should be rewritten: an older key, or the v1 format without associated data. */
  needsRotation(stored: string): boolean {
    const [format, keyId] = stored.split('.');
    return format !== FORMAT || keyId !== this.activeKeyId;
  }

  /** How every value written now begins (`v2.<activeKeyId>.`): anything else needs rotation. */
  currentPrefix(): string {
    return `${FORMAT}.${this.activeKeyId}.`;
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
