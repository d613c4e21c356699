import { randomBytes } from 'node:crypto';

/** Environment keys every API process needs besides the database and Redis: fresh test values. */
export function testSecrets(): Record<string, string> {
  return {
    JWT_SECRET: randomBytes(32).toString('base64url'),
    PII_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    PII_ACTIVE_KEY_ID: 't1',
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
}
