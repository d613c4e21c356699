import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Secrets of the embedded default, made once and kept beside the data they protect
 * (.data/secrets.json, mode 0600, git-ignored), so a restart keeps sessions and the database.
 */
export function loadOrCreateSecrets(file) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    jwtSecret: randomBytes(48).toString('base64url'),
  };
  mkdirSync(dirname(file), { recursive: true, mode: 0o755 });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
