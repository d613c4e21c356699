import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { getFreePort } from '../../../tools/services/ports.cjs';
import { type RunningRedis, startRedis } from '../../../tools/services/redis.cjs';
import { isRunning, killHard, logLines, type PostgresServer, root, spawnNode, startPostgresServer, stopPostgresServer, terminate } from './processes';
import { waitUntil } from './wait';

export const DEMO_PASSWORD = 'fault-test-password-2026';
const PG_PASSWORD = 'fault-only-password';

export interface ApiProcess {
  label: string;
  base: string;
  child: ChildProcess;
  logFile: string;
}

export interface WorkerProcess {
  label: string;
  child: ChildProcess;
  logFile: string;
}

/**
 * One fault-test system: a private PostgreSQL and Redis on free loopback ports, migrated and
 * seeded by the built CLI, and any number of built API and worker processes started and killed
 * by the test. `sql` reconnects by itself after a database restart.
 */
export class FaultSystem {
  readonly sql: Pool;
  private readonly children: ChildProcess[] = [];
  private count = 0;

  private constructor(
    readonly work: string,
    private pg: PostgresServer,
    private redis: RunningRedis | null,
    readonly redisPort: number,
    private readonly baseEnv: NodeJS.ProcessEnv,
  ) {
    this.sql = new Pool({ connectionString: pg.url, max: 3 });
    this.sql.on('error', () => undefined); // an idle client lost in a restart; the next query reconnects
  }

  /** `overrides`: environment of every API and worker of this system (e.g. a longer job lock). */
  static async start(name: string, overrides: NodeJS.ProcessEnv = {}): Promise<FaultSystem> {
    const work = join(root, 'tmp', `faults-${name}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'logs'), { recursive: true });
    chmodSync(work, 0o755); // PostgreSQL runs as the unprivileged postgres user when tests run as root
    if (!existsSync(join(root, 'dist/apps/api/main.js'))) throw new Error('dist/apps/api is missing: build the API first (nx run api:build)');
    const pg = await startPostgresServer(join(work, 'postgres'), PG_PASSWORD);
    let redis: RunningRedis | null = null;
    try {
      redis = await startRedis({});
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'production',
        TZ: 'Asia/Shanghai',
        HOST: '127.0.0.1',
        DATABASE_URL: pg.url,
        REDIS_URL: redis.url,
        JWT_SECRET: randomBytes(48).toString('base64url'),
        PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        PII_ACTIVE_KEY_ID: 'k1',
        PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
        SEED_DEMO_PASSWORD: DEMO_PASSWORD,
        EXPORT_DIR: join(work, 'exports'),
        ATTACHMENT_DIR: join(work, 'attachments'),
        MIGRATE_ON_BOOT: 'false',
        OUTBOX_POLL_INTERVAL_MS: '200',
        // An event whose job Redis lost is offered again after this long (the default is a minute).
        OUTBOX_REDELIVER_SECONDS: '3',
        // A killed worker's job is taken over after about this long (the default is 30 s).
        JOB_LOCK_SECONDS: '4',
        LOG_LEVEL: 'warn',
        ...overrides,
      };
      const setup = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'setup'], { cwd: root, env, encoding: 'utf8' });
      if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);
      return new FaultSystem(work, pg, redis, redis.port, env);
    } catch (error) {
      await redis?.stop();
      await stopPostgresServer(pg);
      throw error;
    }
  }

  /** A built API on its own free port; resolves once it answers its liveness check. */
  async startApi(label = `api-${++this.count}`): Promise<ApiProcess> {
    const port = await getFreePort();
    const logFile = join(this.work, 'logs', `${label}.log`);
    const child = spawnNode(['--enable-source-maps', 'dist/apps/api/main.js'], { ...this.baseEnv, PORT: String(port) }, logFile);
    this.children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(`${label} to listen`, async () => {
      if (!isRunning(child)) throw new Error(`${label} exited (see ${logFile})`);
      return (await fetch(`${base}/api/health`)).ok;
    });
    return { label, base, child, logFile };
  }

  /** A built worker (outbox relay and processors), logging at info so its job lines can be counted. */
  startWorker(label = `worker-${++this.count}`): WorkerProcess {
    const logFile = join(this.work, 'logs', `${label}.log`);
    const child = spawnNode(['--enable-source-maps', 'dist/apps/api/worker.js'], { ...this.baseEnv, LOG_LEVEL: 'info' }, logFile);
    this.children.push(child);
    return { label, child, logFile };
  }

  /** Resolves once the worker has booted (relay and processors running). */
  async workerReady(worker: WorkerProcess): Promise<void> {
    await waitUntil(`${worker.label} to boot`, async () => {
      if (!isRunning(worker.child)) throw new Error(`${worker.label} exited (see ${worker.logFile})`);
      return logLines(worker.logFile, /^Worker started/).length > 0;
    });
  }

  killHard(process: ApiProcess | WorkerProcess): Promise<void> {
    return killHard(process.child);
  }

  async stopPostgres(): Promise<void> {
    await stopPostgresServer(this.pg);
  }

  /** Starts the stopped PostgreSQL again on the same data directory and port. */
  async startPostgres(): Promise<void> {
    this.pg = await startPostgresServer(join(this.work, 'postgres'), PG_PASSWORD, this.pg.port);
  }

  /** Redis goes away at once (SIGKILL), like a crashed server; nothing of it is persisted. */
  async killRedis(): Promise<void> {
    if (this.redis && isRunning(this.redis.process)) await killHard(this.redis.process);
    this.redis = null;
  }

  /** A fresh, empty Redis on the same port. */
  async startRedis(): Promise<void> {
    this.redis = await startRedis({ port: this.redisPort });
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => terminate(child)));
    await this.sql.end().catch(() => undefined);
    await this.redis?.stop();
    await stopPostgresServer(this.pg);
    if (!process.env.KEEP_TEST_DATA) rmSync(this.work, { recursive: true, force: true });
  }
}
