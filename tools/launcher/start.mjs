// `npm start`: the whole system on one port with demo data. Embedded PostgreSQL and a child
// redis-server unless DATABASE_URL / REDIS_URL point elsewhere. Ctrl-C stops everything it started.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePrivateDir, spawnApiAndWorker, terminate } from './children.mjs';
import { seedDemoCases } from './demo-cases.mjs';
import { checkPort, setupDatabase, startServices, waitUntilReady } from './runtime.mjs';
import { loadOrCreateSecrets, secretEnv } from './secrets.mjs';

const require = createRequire(import.meta.url);
const { RedisNotInstalledError } = require('../services/redis.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.JULU_DATA_DIR || join(root, '.data'));
const log = (m) => console.log(`[start] ${m}`);
const started = { postgres: null, redis: null, api: null, worker: null };
let stopping = false;

function fail(message) {
  console.error(`[start] ${message}`);
  return shutdown(1);
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

function banner(port, seed, lookup) {
  const lines = ['', '  巨鹿县信访事项办理系统 is running', `  Open http://localhost:${port}`, `  API docs http://localhost:${port}/api/docs`, ''];
  lines.push('  Demo accounts: admin, supervisor, reception, handler, handlerhead, township');
  if (seed.seed?.generatedPassword) {
    lines.push(`  Password (all demo accounts): ${seed.seed.generatedPassword}`);
    lines.push('  This password is shown only now. Set SEED_DEMO_PASSWORD before the first start to choose it.');
  } else if (seed.seed?.seeded) {
    lines.push('  Password (all demo accounts): the value of SEED_DEMO_PASSWORD');
  } else {
    lines.push('  The demo accounts already exist; their password was printed at the first start.');
  }
  if (lookup) lines.push(`  Public lookup http://localhost:${port}/query  查询码 ${lookup.queryCode}, 后四位 ${lookup.last4} (${lookup.title})`);
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
  ensurePrivateDir(join(dataDir, 'logs'));
  const secrets = loadOrCreateSecrets(join(dataDir, 'secrets.json'));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const { databaseUrl, redisUrl } = await startServices({ dataDir, secrets, started, log });
  build();
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...secretEnv(secrets),
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
    EXPORT_DIR: join(dataDir, 'exports'),
    ATTACHMENT_DIR: join(dataDir, 'attachments'),
    MIGRATE_ON_BOOT: 'false',
  };
  const seed = setupDatabase(root, env);
  if (seed.migrations.length) log(`applied migrations: ${seed.migrations.join(', ')}`);
  const logs = join(dataDir, 'logs');
  Object.assign(started, spawnApiAndWorker({ env, cwd: root, logs }));
  for (const [name, child] of [
    ['api', started.api],
    ['worker', started.worker],
  ]) {
    child.once('exit', (code) => {
      if (!stopping) void fail(`the ${name} process exited unexpectedly (code ${code}); stopping the rest`);
    });
  }
  if (!(await waitUntilReady(port, () => started.api?.exitCode === null))) return fail(`the API did not become ready on port ${port}; see ${logs}`);
  let lookup = null;
  if (seed.seed?.seeded && process.env.SEED_DEMO_CASES !== 'false') {
    const password = seed.seed.generatedPassword ?? process.env.SEED_DEMO_PASSWORD;
    lookup = await seedDemoCases(`http://127.0.0.1:${port}`, password).catch((error) => {
      log(`the demo cases could not be created: ${error.message}`);
      return null;
    });
  }
  banner(port, seed, lookup);
}

main().catch((error) => {
  if (error instanceof RedisNotInstalledError) return fail(error.message);
  return fail(error instanceof Error ? error.message : String(error));
});
