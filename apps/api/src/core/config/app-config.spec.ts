import { ConfigValidationError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/julu',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a'.repeat(32),
  PII_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  PII_ACTIVE_KEY_ID: 'k1',
  PII_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};

function problemsOf(env: NodeJS.ProcessEnv): { key: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', BODY_LIMIT: '1mb', MIGRATE_ON_BOOT: true, QUEUE_PREFIX: 'julu' });
  });

  it('converts numeric and boolean strings', () => {
    const config = loadConfig({ ...valid, PORT: '8080', MIGRATE_ON_BOOT: 'false' });
    expect(config.PORT).toBe(8080);
    expect(config.MIGRATE_ON_BOOT).toBe(false);
  });

  it.each([['abc'], ['0'], ['70000'], ['12.5']])('names PORT when it is %p', (port) => {
    const problems = problemsOf({ ...valid, PORT: port });
    expect(problems).toHaveLength(1);
    expect(problems[0].key).toBe('PORT');
    expect(problems[0].message).toContain(JSON.stringify(port));
  });

  it('lists every missing required key at once', () => {
    expect(problemsOf({}).map((p) => p.key).sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'PII_ACTIVE_KEY_ID', 'PII_BLIND_INDEX_KEY', 'PII_KEYS', 'REDIS_URL']);
  });

  it('rejects a short JWT secret and a non-postgres URL', () => {
    const keys = problemsOf({ ...valid, JWT_SECRET: 'short', DATABASE_URL: 'mysql://x' }).map((p) => p.key);
    expect(keys.sort()).toEqual(['DATABASE_URL', 'JWT_SECRET']);
  });

  it('rejects a malformed PII key list', () => {
    expect(problemsOf({ ...valid, PII_KEYS: 'k1:short' }).map((p) => p.key)).toEqual(['PII_KEYS']);
  });

  it.each([['loopback'], ['loopback,uniquelocal'], ['10.0.0.0/8, 127.0.0.1'], ['::1'], ['1'], ['none']])('accepts TRUST_PROXY %p', (value) => {
    expect(problemsOf({ ...valid, TRUST_PROXY: value })).toEqual([]);
  });

  it.each([['true'], ['*'], ['10.0.0.0/40'], ['loopback,evil.example'], ['300']])('refuses TRUST_PROXY %p', (value) => {
    expect(problemsOf({ ...valid, TRUST_PROXY: value }).map((p) => p.key)).toEqual(['TRUST_PROXY']);
  });

  it('puts the key names in the error message', () => {
    expect(() => loadConfig({ ...valid, PORT: 'abc' })).toThrow(/PORT: PORT must be an integer/);
  });
});
