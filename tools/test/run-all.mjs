// `npm test`: every tier, in order — lint, type-check, unit, integration (real PostgreSQL and Redis),
// build, faults (the built API and worker killed and their PostgreSQL and Redis restarted), HTTP
// end-to-end and browser end-to-end against the running system. Ends with a summary line.
// `node tools/test/run-all.mjs faults` (npm run test:faults) runs only the build and the fault tier.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_HINT } from './chromium.mjs';
import { readJestReport } from './jest-report.mjs';
import { startSystem } from './system.mjs';

const require = createRequire(import.meta.url);
const { startPostgres } = require('../services/postgres.cjs');
const { startRedis } = require('../services/redis.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = join(root, 'tmp', `test-run-${process.pid}`);
const reports = join(work, 'reports');
const results = [];
const cleanups = [];
const bin = (name) => join(root, 'node_modules/.bin', name);
const only = process.argv[2];
const baseEnv = { ...process.env, TZ: 'Asia/Shanghai', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

function heading(text) {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

function runCommand(tier, command, args, env = baseEnv) {
  heading(tier);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const ok = result.status === 0;
  results.push({ tier, ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000, kind: 'check' });
  return ok;
}

/** A tier that runs longer than this is stopped, so a hung test can never hang CI. */
const TIER_TIMEOUT_MS = 25 * 60 * 1000;

function runJest(tier, args, env = baseEnv) {
  heading(tier);
  const started = Date.now();
  const outputFile = join(reports, `${tier}.json`);
  const result = spawnSync(bin('jest'), [...args, '--json', `--outputFile=${outputFile}`, ...(process.env.CI ? ['--ci'] : [])], {
    cwd: root,
    env,
    stdio: 'inherit',
    timeout: TIER_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error) console.error(`[test] ${tier}: ${result.error.message}`);
  const report = readJestReport(outputFile);
  const ok = result.status === 0 && report.failed === 0 && report.passed > 0;
  results.push({ tier, ok, passed: report.passed, failed: ok ? report.failed : Math.max(report.failed, 1), seconds: (Date.now() - started) / 1000, kind: 'tests' });
  return ok;
}

function fail(tier, message) {
  heading(tier);
  console.error(message);
  results.push({ tier, ok: false, passed: 0, failed: 1, seconds: 0, kind: 'check' });
}

async function services() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startPostgres({ dataDir: join(work, 'postgres'), password: 'test-only-password', fast: true });
    cleanups.push(() => pg.stop());
    databaseUrl = pg.url;
    console.log(`[test] private PostgreSQL on 127.0.0.1:${pg.port}`);
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis({});
    cleanups.push(() => redis.stop());
    redisUrl = redis.url;
    console.log(`[test] private Redis on 127.0.0.1:${redis.port}`);
  }
  return { databaseUrl, redisUrl };
}

function summary() {
  heading('summary');
  for (const r of results) {
    const counts = r.kind === 'tests' ? `${r.passed} passed, ${r.failed} failed` : r.ok ? 'ok' : 'FAILED';
    console.log(`${r.ok ? '✔' : '✘'} ${r.tier.padEnd(12)} ${counts.padEnd(24)} ${r.seconds.toFixed(1)} s`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\nSummary: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

/**
 * Fault tests: test/faults start their own PostgreSQL and Redis per file and need the built API
 * (dist/); the in-process ones (apps/api/src/**\/*.fault-spec.ts) use the run's services when given
 * TEST_DATABASE_URL / TEST_REDIS_URL, else start their own.
 */
const runFaults = (env = baseEnv) => runJest('faults', ['-c', 'test/jest.faults.config.cjs'], env);

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true, mode: 0o755 });
  if (only === 'faults') {
    if (runCommand('build', bin('nx'), ['run', 'api:build', '--outputStyle=static'])) runFaults();
    return;
  }
  if (only !== undefined) throw new Error(`unknown tier selection "${only}" (known: faults)`);
  runCommand('lint', bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static']);
  runCommand('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  runCommand('typecheck', bin('nx'), ['run-many', '-t', 'typecheck', '--outputStyle=static']);
  runJest('unit', ['-c', 'tools/test/jest.unit.config.cjs']);

  const { databaseUrl, redisUrl } = await services();
  const testEnv = { ...baseEnv, TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl };
  runJest('integration', ['-c', 'apps/api/jest.int.config.cjs'], testEnv);

  if (!runCommand('build', bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'])) return;
  runFaults(testEnv);
  heading('system');
  const system = await startSystem({ root, work, databaseUrl, redisUrl });
  cleanups.unshift(() => system.stop());
  const e2eEnv = { ...testEnv, ...system.env };
  runJest('e2e-http', ['-c', 'test/jest.e2e.config.cjs'], e2eEnv);

  const chromium = findChromium();
  if (!chromium) fail('browser', CHROMIUM_HINT);
  else runJest('browser', ['-c', 'test/jest.browser.config.cjs'], { ...e2eEnv, CHROMIUM_PATH: chromium });
}

async function cleanUp() {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((e) => console.error(`[test] cleanup: ${e.message}`));
  if (!process.env.KEEP_TEST_DATA) rmSync(work, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`[test] ${signal}: stopping the services this run started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  console.error(`[test] the test run itself failed: ${error instanceof Error ? error.stack : String(error)}`);
}
await cleanUp();
const ok = summary() && !crashed;
process.exit(ok ? 0 : 1);
