// `npm start`: the whole system on one port with demo data. Embedded PostgreSQL and a child
// redis-server unless DATABASE_URL / REDIS_URL point elsewhere. Ctrl-C stops everything it started.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnLogged, terminate } from './children.mjs';
import { loadOrCreateSecrets } from './secrets.mjs';

const require = createRequire(import.meta.url);
const { startPostgres } = require('../services/postgres.cjs');
const { startRedis, RedisNotInstalledError } = require('../services/redis.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.JULU_DATA_DIR || join(root, '.data'));
const log = (m) => console.log(`[start] ${m}`);
const started = { postgres: null, redis: null, api: null, worker: null };
let stopping = false;

function fail(message) {
  console.error(`[start] ${message}`);
  return shutdown(1);
}

function checkPort() {
  const raw = process.env.PORT ?? '3000';
  const port = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`[start] refusing to start. Invalid environment configuration:\n  - PORT: PORT must be an integer between 1 and 65535 (got ${JSON.stringify(raw)})`);
    process.exit(1);
  }
  return port;
}

async function startServices(secrets) {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    started.postgres = await startPostgres({ dataDir: join(dataDir, 'postgres'), password: secrets.postgresPassword, log });
    databaseUrl = started.postgres.url;
    log(`embedded PostgreSQL on 127.0.0.1:${started.postgres.port} (data in ${join(dataDir, 'postgres')})`);
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    started.redis = await startRedis({ dataDir: join(dataDir, 'redis'), persistent: true, log });
    redisUrl = started.redis.url;
    log(`redis-server on 127.0.0.1:${started.redis.port} (AOF in ${join(dataDir, 'redis')})`);
  }
  return { databaseUrl, redisUrl };
}

function build() {
  log('building the API and the web app (cached when unchanged)…');
  const nx = join(root, 'node_modules/.bin/nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) throw new Error('the build failed; see the messages above');
}

function setup(env) {
  const result = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'setup'], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`database setup failed: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

async function waitUntilReady(port, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.api?.exitCode !== null) return false;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
      if (res.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function banner(port, seed) {
  const lines = ['', '  巨鹿县信访事项办理系统 is running', `  Open http://localhost:${port}`, `  API docs http://localhost:${port}/api/docs`, ''];
  lines.push('  Demo accounts: admin, supervisor, reception, handler, township');
  if (seed.seed?.generatedPassword) {
    lines.push(`  Password (all demo accounts): ${seed.seed.generatedPassword}`);
    lines.push('  This password is shown only now. Set SEED_DEMO_PASSWORD before the first start to choose it.');
  } else if (seed.seed?.seeded) {
    lines.push('  Password (all demo accounts): the value of SEED_DEMO_PASSWORD');
  } else {
    lines.push('  The demo accounts already exist; their password was printed at the first start.');
  }
  lines.push(`  Logs: ${join(dataDir, 'logs')}   Stop: Ctrl-C`, '');
  console.log(lines.join('\n'));
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.all([terminate(started.api), terminate(started.worker)]);
  await started.redis?.stop().catch(() => undefined);
  await started.postgres?.stop().catch(() => undefined);
  log('stopped');
  process.exit(code);
}

async function main() {
  const port = checkPort();
  mkdirSync(join(dataDir, 'logs'), { recursive: true, mode: 0o755 });
  const secrets = loadOrCreateSecrets(join(dataDir, 'secrets.json'));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const { databaseUrl, redisUrl } = await startServices(secrets);
  build();
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
    MIGRATE_ON_BOOT: 'false',
  };
  const seed = setup(env);
  if (seed.migrations.length) log(`applied migrations: ${seed.migrations.join(', ')}`);
  const logs = join(dataDir, 'logs');
  started.api = spawnLogged('api', ['--enable-source-maps', 'dist/apps/api/main.js'], { env, cwd: root, logFile: join(logs, 'api.log') });
  started.worker = spawnLogged('worker', ['--enable-source-maps', 'dist/apps/api/worker.js'], { env, cwd: root, logFile: join(logs, 'worker.log') });
  for (const [name, child] of [['api', started.api], ['worker', started.worker]]) {
    child.once('exit', (code) => {
      if (!stopping) void fail(`the ${name} process exited unexpectedly (code ${code}); stopping the rest`);
    });
  }
  if (!(await waitUntilReady(port))) return fail(`the API did not become ready on port ${port}; see ${logs}`);
  banner(port, seed);
}

main().catch((error) => {
  if (error instanceof RedisNotInstalledError) return fail(error.message);
  return fail(error instanceof Error ? error.message : String(error));
});
