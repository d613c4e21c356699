// `npm test`: every tier — lint, format, type-check, unit, integration (real PostgreSQL and Redis),
// build, faults (the built API and worker killed and their PostgreSQL and Redis restarted), HTTP
// end-to-end and browser end-to-end against the running system. Ends with a summary line.
// `node tools/test/run-all.mjs faults` (npm run test:faults) runs only the build and the fault tier.
//
// The static tiers run side by side, two at a time (CI has two cores): lint, format and the build
// beside typecheck then unit. A tier running beside the one on screen writes to its own log, printed in
// one piece under its heading once they have ended. The later tiers run in turn (see main()).
// TEST_SIDE_BY_SIDE=0 runs every tier on its own, one after another (to tell a tier's flakiness
// from the load of its neighbour).
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
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
const logs = join(work, 'logs');
const results = [];
const cleanups = [];
const bin = (name) => join(root, 'node_modules/.bin', name);
const only = process.argv[2];
const sideBySide = process.env.TEST_SIDE_BY_SIDE !== '0';
const baseEnv = { ...process.env, TZ: 'Asia/Shanghai', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

function heading(text) {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

/** A tier that runs longer than this is stopped, so a hung test can never hang CI. */
const TIER_TIMEOUT_MS = 25 * 60 * 1000;

/** Tiers that ran beside another and ended: their logs wait for the lanes to end (together()). */
const besideLogs = [];

/**
 * Runs one tier's command and resolves with its exit status and seconds. `beside`: another tier
 * has the screen, so the output goes to a log, printed under the tier's heading once the tiers
 * running side by side have all ended.
 */
function spawnTier(tier, command, args, env, asked) {
  const beside = asked && sideBySide;
  const started = Date.now();
  let fd;
  if (beside) {
    fd = openSync(join(logs, `${tier}.log`), 'w');
    console.log(`[test] ${tier}: running beside the tier on screen, into ${join(logs, `${tier}.log`)}`);
  } else heading(tier);
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: beside ? ['ignore', fd, fd] : 'inherit',
      timeout: TIER_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    let error;
    let ended = false;
    const end = (status, signal) => {
      if (ended) return;
      ended = true;
      const seconds = (Date.now() - started) / 1000;
      if (beside) {
        closeSync(fd);
        console.log(`[test] ${tier} (beside) ended after ${seconds.toFixed(1)} s with ${signal ?? `exit code ${status}`}; its output follows the tiers beside it`);
        besideLogs.push(tier);
      }
      if (error) console.error(`[test] ${tier}: ${error.message}`);
      else if (signal) console.error(`[test] ${tier}: stopped by ${signal}${signal === 'SIGKILL' ? ` (over ${TIER_TIMEOUT_MS / 60000} minutes?)` : ''}`);
      done({ status: error ? null : status, seconds });
    };
    // A command that cannot start reports 'error' and may never report 'close'.
    child.on('error', (e) => {
      error = e;
      if (child.pid === undefined) end(null, null);
    });
    child.on('close', end);
  });
}

async function runCommand(tier, command, args, env = baseEnv, beside = false) {
  const { status, seconds } = await spawnTier(tier, command, args, env, beside);
  const ok = status === 0;
  results.push({ tier, ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds, kind: 'check' });
  return ok;
}

async function runJest(tier, args, env = baseEnv, beside = false) {
  const outputFile = join(reports, `${tier}.json`);
  const { status, seconds } = await spawnTier(tier, bin('jest'), [...args, '--json', `--outputFile=${outputFile}`, ...(process.env.CI ? ['--ci'] : [])], env, beside);
  const report = readJestReport(outputFile);
  const ok = status === 0 && report.failed === 0 && report.passed > 0;
  results.push({ tier, ok, passed: report.passed, failed: ok ? report.failed : Math.max(report.failed, 1), seconds, kind: 'tests' });
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

/**
 * Runs lanes of tiers side by side (one after another with TEST_SIDE_BY_SIDE=0) and waits for
 * every one of them, even when one throws (so no tier is left running while the services are
 * stopped); then prints the logs of the tiers that ran beside, and throws the first error, if any.
 */
async function together(...lanes) {
  const settled = [];
  if (sideBySide) settled.push(...(await Promise.allSettled(lanes.map((lane) => lane()))));
  else
    for (const lane of lanes)
      settled.push(
        await lane().then(
          (value) => ({ status: 'fulfilled', value }),
          (reason) => ({ status: 'rejected', reason }),
        ),
      );
  for (const tier of besideLogs.splice(0)) {
    heading(`${tier} (ran beside)`);
    process.stdout.write(readFileSync(join(logs, `${tier}.log`)));
  }
  const failure = settled.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((r) => r.value);
}

/** The summary lists the tiers in this order, whichever ended first. */
const TIER_ORDER = ['lint', 'format', 'typecheck', 'unit', 'integration', 'build', 'faults', 'e2e-http', 'browser'];

function summary(wallSeconds) {
  heading('summary');
  const ordered = [...results].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
  for (const r of ordered) {
    const counts = r.kind === 'tests' ? `${r.passed} passed, ${r.failed} failed` : r.ok ? 'ok' : 'FAILED';
    console.log(`${r.ok ? '✔' : '✘'} ${r.tier.padEnd(12)} ${counts.padEnd(24)} ${r.seconds.toFixed(1)} s`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\nSummary: ${passed} passed, ${failed} failed (${wallSeconds.toFixed(0)} s in all${sideBySide ? ', tiers side by side' : ''})`);
  return failed === 0;
}

/**
 * Fault tests: test/faults start their own PostgreSQL and Redis per file and need the built API
 * (dist/); the in-process ones (apps/api/src/**\/*.fault-spec.ts) use the run's services when given
 * TEST_DATABASE_URL / TEST_REDIS_URL, else start their own.
 */
const runFaults = (env = baseEnv) => runJest('faults', ['-c', 'test/jest.faults.config.cjs'], env);

/** The HTTP and browser end-to-end tiers against the whole system, started from the build. */
async function endToEnd(testEnv, databaseUrl, redisUrl) {
  heading('system');
  const system = await startSystem({ root, work, databaseUrl, redisUrl });
  cleanups.unshift(() => system.stop());
  const e2eEnv = { ...testEnv, ...system.env };
  await runJest('e2e-http', ['-c', 'test/jest.e2e.config.cjs'], e2eEnv);

  const chromium = findChromium();
  if (!chromium) fail('browser', CHROMIUM_HINT);
  else await runJest('browser', ['-c', 'test/jest.browser.config.cjs'], { ...e2eEnv, CHROMIUM_PATH: chromium });
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true, mode: 0o755 });
  mkdirSync(logs, { recursive: true, mode: 0o755 });
  if (only === 'faults') {
    if (await runCommand('build', bin('nx'), ['run', 'api:build', '--outputStyle=static'])) await runFaults();
    return;
  }
  if (only !== undefined) throw new Error(`unknown tier selection "${only}" (known: faults)`);
  // PostgreSQL and Redis start while the static checks run.
  const servicesStarted = services();
  servicesStarted.catch(() => undefined); // awaited below, where a failure is reported

  // ESLint, tsc, jest's unit run (one worker on two cores) and the build each leave a core idle
  // much of the time. The build needs no service, so it runs here, off the path of the later tiers.
  let built = false;
  await together(
    async () => {
      await runCommand('lint', bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static']);
      await runCommand('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
      built = await runCommand('build', bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']);
    },
    async () => {
      await runCommand('typecheck', bin('nx'), ['run-many', '-t', 'typecheck', '--outputStyle=static'], baseEnv, true);
      await runJest('unit', ['-c', 'tools/test/jest.unit.config.cjs'], baseEnv, true);
    },
  );

  const { databaseUrl, redisUrl } = await servicesStarted;
  const testEnv = { ...baseEnv, TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl };
  // Integration runs two jest workers itself, which fill both cores; the fault tier kills and restarts
  // servers. Beside each other or the browser tier they would starve tests that wait on the clock,
  // so from here the tiers run in turn.
  await runJest('integration', ['-c', 'apps/api/jest.int.config.cjs'], testEnv);
  if (!built) return;
  // The fault tier starts its own PostgreSQL and Redis per file and runs the built API and worker.
  await runFaults(testEnv);
  await endToEnd(testEnv, databaseUrl, redisUrl);
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

const runStarted = Date.now();
let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  console.error(`[test] the test run itself failed: ${error instanceof Error ? error.stack : String(error)}`);
}
await cleanUp();
const ok = summary((Date.now() - runStarted) / 1000) && !crashed;
process.exit(ok ? 0 : 1);
