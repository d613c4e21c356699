/**
 * Refuses secrets that are not secret: the placeholders of the example env files (.env.example,
 * docker/.env.example) and keys of too little variety (one byte repeated, a short pattern). Random
 * secrets (openssl rand, the launcher's and the tests' generated ones) pass with a wide margin.
 * Messages never include the value.
 */

/** Words that mark a value copied from an example file rather than generated. */
const PLACEHOLDER = /change-?me|replace-?me|placeholder|your[-_ ]?(secret|key)|example/i;
/** A random 32-character secret has ~25 distinct characters; a repeated word has a handful. */
const MIN_DISTINCT_CHARACTERS = 10;
/** 32 random bytes have ~30 distinct values; a key of one or two repeated bytes has 1 or 2. */
const MIN_DISTINCT_BYTES = 16;

const GENERATE_TEXT = 'generate one, e.g. `openssl rand -base64 48`';
const GENERATE_KEY = 'generate one, e.g. `openssl rand -base64 32`';

export function weakTextSecretProblem(value: string): string | null {
  if (PLACEHOLDER.test(value)) return `is a placeholder from an example file, not a secret: ${GENERATE_TEXT}`;
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) return `is too repetitive to be a secret (fewer than ${MIN_DISTINCT_CHARACTERS} distinct characters): ${GENERATE_TEXT}`;
  return null;
}

export function weakKeyProblem(base64: string, minBytes = 32): string | null {
  if (PLACEHOLDER.test(base64)) return `is a placeholder from an example file, not a key: ${GENERATE_KEY}`;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < minBytes) return `must be base64 of at least ${minBytes} bytes (has ${bytes.length}): ${GENERATE_KEY}`;
  if (new Set(bytes).size < MIN_DISTINCT_BYTES) return `is not a random key (too few distinct bytes, e.g. all zero): ${GENERATE_KEY}`;
  return null;
}

/** The problems of the secret keys of an otherwise valid config, by key. */
export function secretProblems(config: { JWT_SECRET?: unknown; PII_KEYS?: unknown; PII_BLIND_INDEX_KEY?: unknown }): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  const jwt = typeof config.JWT_SECRET === 'string' ? weakTextSecretProblem(config.JWT_SECRET) : null;
  if (jwt) problems.push({ key: 'JWT_SECRET', message: jwt });
  for (const entry of typeof config.PII_KEYS === 'string' ? config.PII_KEYS.split(',') : []) {
    const [id, material = ''] = entry.split(':');
    const problem = weakKeyProblem(material);
    if (problem) problems.push({ key: 'PII_KEYS', message: `key ${id} ${problem}` });
  }
  const index = typeof config.PII_BLIND_INDEX_KEY === 'string' ? weakKeyProblem(config.PII_BLIND_INDEX_KEY) : null;
  if (index) problems.push({ key: 'PII_BLIND_INDEX_KEY', message: index });
  return problems;
}
