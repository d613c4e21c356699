// `npm run dev:api`: the API and the worker with live reload. Same services as `npm start`;
// webpack watches the sources and both processes restart after each rebuild. The web app is
// served by `npm run dev:web` (Angular dev server on :4200, proxying /api here).
import { spawn } from 'node:child_process';
import { existsSync, watchFile } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePrivateDir, spawnApiAndWorker, terminate } from './children.mjs';
import { checkPort, setupDatabase, startServices } from './runtime.mjs';
import { loadOrCreateSecrets, secretEnv } from './secrets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.JULU_DATA_DIR || join(root, '.data'));
const mainJs = join(root, 'dist/apps/api/main.js');
const log = (m) => console.log(`[dev] ${m}`);
const started = { postgres: null, redis: null, api: null, worker: null };
let watcher = null;
let env = null;
let setupDone = false;

async function restart() {
  await Promise.all([terminate(started.api, 3000), terminate(started.worker, 3000)]);
  if (!setupDone) {
    const seed = setupDatabase(root, env);
    if (seed.seed?.generatedPassword) log(`demo accounts created; password: ${seed.seed.generatedPassword}`);
    setupDone = true;
  }
  const logs = join(dataDir, 'logs');
  Object.assign(started, spawnApiAndWorker({ env, cwd: root, logs }));
  log(`API on http://localhost:${env.PORT} (restarted after a rebuild)`);
}

async function shutdown() {
  watcher?.kill('SIGTERM');
  await Promise.all([terminate(started.api), terminate(started.worker)]);
  await started.redis?.stop().catch(() => undefined);
  await started.postgres?.stop().catch(() => undefined);
  process.exit(0);
}

async function main() {
  const port = checkPort();
  ensurePrivateDir(join(dataDir, 'logs'));
  const secrets = loadOrCreateSecrets(join(dataDir, 'secrets.json'));
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  const { databaseUrl, redisUrl } = await startServices({ dataDir, secrets, started, log });
  env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...secretEnv(secrets),
    MIGRATE_ON_BOOT: 'true',
  };
  watcher = spawn(process.execPath, ['tools/build/build-api.cjs', '--watch'], { cwd: root, stdio: 'inherit' });
  let timer = null;
  watchFile(mainJs, { interval: 300 }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void restart(), 300);
  });
  if (existsSync(mainJs)) await restart();
}

main().catch(async (error) => {
  console.error(`[dev] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown();
});
