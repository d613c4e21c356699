import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/julu',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: randomBytes(32).toString('base64url'),
  PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  PII_ACTIVE_KEY_ID: 'k1',
  PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
};

/** The values an example env file of the repository gives a key. */
function exampleValue(file: string, key: string): string {
  const line = readFileSync(join(__dirname, '../../../../..', file), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${key}=`));
  return (line ?? '').slice(key.length + 1);
}

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

  it('hashes passwords at the standard cost unless a test run asks for the test cost', () => {
    expect(loadConfig(valid).PASSWORD_HASH_COST).toBe('standard');
    expect(loadConfig({ ...valid, NODE_ENV: 'test', PASSWORD_HASH_COST: 'test' }).PASSWORD_HASH_COST).toBe('test');
  });

  it.each(['production', 'development', undefined])('refuses the test password-hash cost with NODE_ENV=%s', (nodeEnv) => {
    const problems = problemsOf({ ...valid, NODE_ENV: nodeEnv, PASSWORD_HASH_COST: 'test' });
    expect(problems).toEqual([{ key: 'PASSWORD_HASH_COST', message: expect.stringContaining('only for test runs') }]);
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
    expect(
      problemsOf({})
        .map((p) => p.key)
        .sort(),
    ).toEqual(['DATABASE_URL', 'JWT_SECRET', 'PII_ACTIVE_KEY_ID', 'PII_BLIND_INDEX_KEY', 'PII_KEYS', 'REDIS_URL']);
  });

  it('rejects a short JWT secret and a non-postgres URL', () => {
    const keys = problemsOf({ ...valid, JWT_SECRET: 'short', DATABASE_URL: 'mysql://x' }).map((p) => p.key);
    expect(keys.sort()).toEqual(['DATABASE_URL', 'JWT_SECRET']);
  });

  it('rejects a malformed PII key list', () => {
    expect(problemsOf({ ...valid, PII_KEYS: 'k1:short' }).map((p) => p.key)).toEqual(['PII_KEYS']);
  });

  it('takes a live heartbeat interval no longer than the web app expects (25 s)', () => {
    expect(loadConfig(valid).LIVE_HEARTBEAT_MS).toBe(25_000);
    expect(loadConfig({ ...valid, LIVE_HEARTBEAT_MS: '300' }).LIVE_HEARTBEAT_MS).toBe(300);
    for (const value of ['30000', '50', 'soon']) {
      expect(problemsOf({ ...valid, LIVE_HEARTBEAT_MS: value })).toEqual([{ key: 'LIVE_HEARTBEAT_MS', message: expect.stringContaining('between 100 and 25000') }]);
    }
  });

  it('names the budget projects paying duty subsidies by configuration, Julu’s by default', () => {
    expect(loadConfig(valid)).toMatchObject({ DUTY_SUBSIDY_PROJECT_BUREAU: '13052924P00584012421X', DUTY_SUBSIDY_PROJECT_TOWNSHIPS: '13052924P00584012422H' });
    expect(loadConfig({ ...valid, DUTY_SUBSIDY_PROJECT_BUREAU: '13053224P001' }).DUTY_SUBSIDY_PROJECT_BUREAU).toBe('13053224P001');
    expect(problemsOf({ ...valid, DUTY_SUBSIDY_PROJECT_TOWNSHIPS: '乡镇经费' })).toEqual([
      { key: 'DUTY_SUBSIDY_PROJECT_TOWNSHIPS', message: expect.stringContaining('budget project code') },
    ]);
  });

  it.each([['loopback'], ['loopback,uniquelocal'], ['10.0.0.0/8, 127.0.0.1'], ['::1'], ['1'], ['none']])('accepts TRUST_PROXY %p', (value) => {
    expect(problemsOf({ ...valid, TRUST_PROXY: value })).toEqual([]);
  });

  it.each([['true'], ['*'], ['10.0.0.0/40'], ['loopback,evil.example'], ['300']])('refuses TRUST_PROXY %p', (value) => {
    expect(problemsOf({ ...valid, TRUST_PROXY: value }).map((p) => p.key)).toEqual(['TRUST_PROXY']);
  });

  it.each([
    ['.env.example', 'JWT_SECRET'],
    ['.env.example', 'PII_KEYS'],
    ['docker/.env.example', 'JWT_SECRET'],
    ['docker/.env.example', 'PII_KEYS'],
    ['docker/.env.example', 'PII_BLIND_INDEX_KEY'],
  ])('refuses the placeholder %s gives %s, without echoing it', (file, key) => {
    const value = exampleValue(file, key);
    expect(value.length).toBeGreaterThan(0);
    const problems = problemsOf({ ...valid, [key]: value });
    expect(problems.map((p) => p.key)).toEqual([key]);
    expect(JSON.stringify(problems)).not.toContain(value.split(':').pop());
  });

  it.each([
    ['JWT_SECRET', 'a'.repeat(48)],
    ['JWT_SECRET', 'abcabcabcabcabcabcabcabcabcabcabcabc'],
    ['PII_KEYS', `k1:${Buffer.alloc(32, 7).toString('base64')}`],
    ['PII_KEYS', `k1:${randomBytes(32).toString('base64')},k0:${Buffer.alloc(32).toString('base64')}`],
    ['PII_BLIND_INDEX_KEY', Buffer.alloc(48, 1).toString('base64')],
  ])('refuses a weak %s, without echoing it', (key, value) => {
    const problems = problemsOf({ ...valid, [key]: value });
    expect(problems.map((p) => p.key)).toEqual([key]);
    expect(JSON.stringify(problems)).not.toContain(value.slice(3, 20));
  });

  it('never echoes a secret or a URL with a password in its error', () => {
    const error = (() => {
      try {
        loadConfig({ ...valid, JWT_SECRET: 'tiny-secret', DATABASE_URL: 'mysql://u:hunter2@db/julu' });
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    expect(error).toContain('JWT_SECRET');
    expect(error).not.toContain('tiny-secret');
    expect(error).not.toContain('hunter2');
  });

  it('puts the key names in the error message', () => {
    expect(() => loadConfig({ ...valid, PORT: 'abc' })).toThrow(/PORT: PORT must be an integer/);
  });
});
