import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Secrets of the embedded default, made once and kept beside the data they protect
 * (.data/secrets.json, mode 0600, git-ignored), so a restart keeps sessions and the database.
 */
export function loadOrCreateSecrets(file) {
  const existing = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // Keys are only ever added, never replaced: data encrypted with them must stay readable.
  const secrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    jwtSecret: randomBytes(48).toString('base64url'),
    piiKeys: `k1:${randomBytes(32).toString('base64')}`,
    piiActiveKeyId: 'k1',
    piiBlindIndexKey: randomBytes(32).toString('base64'),
    // The child redis-server's: it listens on loopback, where any local user could otherwise reach it.
    redisPassword: randomBytes(24).toString('base64url'),
    ...existing,
  };
  // The data folder holds the database, Redis, attachments, exports and logs: others may not list
  // it (0711). Not 0700: run as root, embedded PostgreSQL's initdb runs as the postgres user, which
  // must pass through to its own 0700 folder. The folders with content are each 0700 (the API's
  // attachments and exports, Redis's, PostgreSQL's) and this file 0600.
  mkdirSync(dirname(file), { recursive: true, mode: 0o711 });
  chmodSync(dirname(file), 0o711);
  if (Object.keys(secrets).length !== Object.keys(existing).length) {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return secrets;
}

/** The API's secret keys: the caller's environment wins, the generated ones fill the gaps. */
export function secretEnv(secrets) {
  return {
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
    PII_KEYS: process.env.PII_KEYS || secrets.piiKeys,
    PII_ACTIVE_KEY_ID: process.env.PII_ACTIVE_KEY_ID || secrets.piiActiveKeyId,
    PII_BLIND_INDEX_KEY: process.env.PII_BLIND_INDEX_KEY || secrets.piiBlindIndexKey,
  };
}
