// Pieces shared by `npm start` and `npm run dev:api`: services, database setup, readiness.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { startPostgres } = require('../services/postgres.cjs');
const { startRedis } = require('../services/redis.cjs');

/** Embedded PostgreSQL and a child redis-server unless DATABASE_URL / REDIS_URL are set. */
export async function startServices({ dataDir, secrets, started, log }) {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    started.postgres = await startPostgres({ dataDir: join(dataDir, 'postgres'), password: secrets.postgresPassword, log });
    databaseUrl = started.postgres.url;
    log(`embedded PostgreSQL on 127.0.0.1:${started.postgres.port} (data in ${join(dataDir, 'postgres')})`);
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    started.redis = await startRedis({ dataDir: join(dataDir, 'redis'), persistent: true, password: secrets.redisPassword, log });
    redisUrl = started.redis.url;
    log(`redis-server on 127.0.0.1:${started.redis.port} (AOF in ${join(dataDir, 'redis')})`);
  }
  return { databaseUrl, redisUrl };
}

/** Migrations under the advisory lock, and demo data into an empty database (dist/apps/api/cli.js). */
export function setupDatabase(root, env) {
  const result = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'setup'], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`database setup failed: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

export async function waitUntilReady(port, isAlive, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** PORT as the API will read it; a bad value stops the launcher before anything starts. */
export function checkPort() {
  const raw = process.env.PORT ?? '3000';
  const port = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`[start] refusing to start. Invalid environment configuration:\n  - PORT: PORT must be an integer between 1 and 65535 (got ${JSON.stringify(raw)})`);
    process.exit(1);
  }
  return port;
}
