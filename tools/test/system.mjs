import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { getFreePort } = require('../services/ports.cjs');

async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts the whole system through the real launcher (`npm start`'s script) on a fresh database of
 * the test server, so the end-to-end tiers exercise what a user runs.
 */
export async function startSystem({ root, work, databaseUrl, redisUrl }) {
  const dbName = `julu_e2e_${randomBytes(4).toString('hex')}`;
  await withClient(databaseUrl, (c) => c.query(`CREATE DATABASE ${dbName}`));
  const url = new URL(databaseUrl);
  url.pathname = `/${dbName}`;
  const port = await getFreePort();
  const password = `e2e-${randomBytes(6).toString('hex')}`;
  const logFile = join(work, 'system.log');
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, ['tools/launcher/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl,
      SEED_DEMO_PASSWORD: password,
      QUEUE_PREFIX: `e2e${randomBytes(3).toString('hex')}`,
      JULU_DATA_DIR: join(work, 'system-data'),
      LOG_LEVEL: 'info',
      // Every e2e and browser request comes from 127.0.0.1: the public lookup's per-client limit must not trip across specs.
      PUBLIC_LOOKUP_MAX_ATTEMPTS: '200',
      // The tests create their own cases; the launcher's demo cases would race with them.
      SEED_DEMO_CASES: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the launcher exited early:\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the system did not become ready:\n${readFileSync(logFile, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`[test] system running at ${baseUrl} (database ${dbName})`);
  return {
    env: { E2E_BASE_URL: baseUrl, E2E_DEMO_PASSWORD: password, E2E_DATABASE_URL: url.toString() },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await withClient(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    },
  };
}
