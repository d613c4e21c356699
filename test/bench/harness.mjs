// Shared by the benchmarks: private PostgreSQL and Redis on free ports, the built API and worker
// (dist/, exactly as `npm start` runs them), timing and the printed table. Every table compares
// each figure with a baseline measured in the same run, so ratios stay comparable across machines.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnApiAndWorker, spawnLogged, terminate } from '../../tools/launcher/children.mjs';
import { loadOrCreateSecrets, secretEnv } from '../../tools/launcher/secrets.mjs';
import { seedCases } from './seed-cases.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { startPostgres } = require('../../tools/services/postgres.cjs');
const { startRedis } = require('../../tools/services/redis.cjs');
const { getFreePort } = require('../../tools/services/ports.cjs');

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PASSWORD = 'bench-password-2026';
export const log = (...args) => console.log('[bench]', ...args);

export async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((s, v) => s + v, 0) / sorted.length };
}

export async function measure(name, rounds, fn) {
  for (let i = 0; i < 3; i++) await fn(i); // warm-up
  const samples = [];
  for (let i = 0; i < rounds; i++) samples.push(await timed(() => fn(i)));
  return { name, ...stats(samples) };
}

/** The table: each measure's p50/p95/mean and its ratio to the first row (the baseline). */
export function printTable(title, results) {
  const baseline = results[0].p50;
  console.log(`\n${title} (ms; ratio = p50 ÷ baseline p50)\n`);
  console.log(`${'measure'.padEnd(44)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'mean'.padStart(9)}${'ratio'.padStart(9)}`);
  for (const r of results) {
    console.log(`${r.name.padEnd(44)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${r.mean.toFixed(1).padStart(9)}${(r.p50 / baseline).toFixed(1).padStart(9)}`);
  }
}

export function post(base, path, body, bearer) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
}

/**
 * Builds the API, starts PostgreSQL and Redis, migrates and seeds the demo org tree and users,
 * lets `load(db)` bulk-load data with SQL, then starts the API and the worker. Returns the base
 * URL, a database client, login and get helpers, the API and worker child processes, and `stop()`.
 * `env` adds to the children's environment (e.g. WEB_DIST_DIR to serve the web app).
 */
export async function startBenchSystem(name, load, { env: extraEnv = {} } = {}) {
  const work = join(root, 'tmp', `bench-${name}-${process.pid}`);
  const cleanups = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'logs'), { recursive: true });
    log('building the API (Nx cache)…');
    const build = spawnSync(join(root, 'node_modules/.bin/nx'), ['run', 'api:build', '--outputStyle=static'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (build.status !== 0) throw new Error('build failed');
    const pg = await startPostgres({ dataDir: join(work, 'postgres'), password: 'bench-only-password', fast: true });
    cleanups.push(() => pg.stop());
    const redis = await startRedis({});
    cleanups.push(() => redis.stop());
    const port = await getFreePort();
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      ...secretEnv(loadOrCreateSecrets(join(work, 'secrets.json'))),
      SEED_DEMO_PASSWORD: PASSWORD,
      EXPORT_DIR: join(work, 'exports'),
      ATTACHMENT_DIR: join(work, 'attachments'),
      LOG_LEVEL: 'warn',
      MIGRATE_ON_BOOT: 'false',
      ...extraEnv,
    };
    const setup = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'setup'], { cwd: root, env, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    cleanups.push(() => db.end());
    await load(db);
    if (process.env.BENCH_CPU_PROF) {
      // Profiling (cpu-profile.cjs): the API and worker children only, not the setup above.
      const preload = `--require ${JSON.stringify(join(root, 'test/bench/cpu-profile.cjs'))}`;
      env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
      env.BENCH_CPU_PROF = resolve(root, process.env.BENCH_CPU_PROF);
    }
    const children = spawnApiAndWorker({ env, cwd: root, logs: join(work, 'logs') });
    cleanups.push(() => Promise.all([terminate(children.api), terminate(children.worker)]));
    const base = `http://127.0.0.1:${port}`;
    await untilReady(base);
    /** Another API process on the same PostgreSQL and Redis (scale-out), stopped with the system. */
    const startExtraApi = async () => {
      const extraPort = await getFreePort();
      const api = spawnLogged('api-extra', ['--enable-source-maps', 'dist/apps/api/main.js'], {
        env: { ...env, PORT: String(extraPort) },
        cwd: root,
        logFile: join(work, 'logs', `api-${extraPort}.log`),
      });
      cleanups.push(() => terminate(api));
      const extraBase = `http://127.0.0.1:${extraPort}`;
      await untilReady(extraBase);
      return extraBase;
    };
    const login = async (username) => (await (await post(base, '/api/auth/login', { username, password: PASSWORD })).json()).accessToken;
    const get = (path, bearer) =>
      fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${bearer}` } }).then(async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
        return r.json();
      });
    return { base, db, login, get, children, startExtraApi, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function untilReady(base) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      // not up yet
    }
    if (i > 600) throw new Error(`the API at ${base} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A benchmark part on `cases` bulk-loaded cases (plus `extraLoad(db)` if given): starts the
 * system, runs `run(system)`, always stops it, and sets a failing exit code on any error.
 */
export async function runPartOnCases(name, cases, run, { extraLoad, what = 'cases' } = {}) {
  try {
    const system = await startBenchSystem(name, async (db) => {
      log(`loading ${cases.toLocaleString()} ${what}…`);
      await seedCases(db, cases);
      if (extraLoad) await extraLoad(db);
    });
    try {
      await run(system);
    } finally {
      await system.stop();
    }
  } catch (error) {
    console.error('[bench] failed:', error);
    process.exitCode = 1;
  }
}
