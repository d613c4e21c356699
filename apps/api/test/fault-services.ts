import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningPostgres, startPostgres } from '../../../tools/services/postgres.cjs';
import { type RunningRedis, startRedis } from '../../../tools/services/redis.cjs';

/**
 * The test PostgreSQL and Redis of an in-process fault spec (`*.fault-spec.ts` under apps/api/src,
 * run by the faults tier): the runner's (TEST_DATABASE_URL / TEST_REDIS_URL) when it passes them,
 * else private ones started here, so such a spec also runs alone. Call in beforeAll; `stop` in
 * afterAll stops only what it started.
 */
export async function useFaultServices(): Promise<{ stop: () => Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  let dir: string | undefined;
  if (!process.env['TEST_DATABASE_URL']) {
    dir = mkdtempSync(join(tmpdir(), 'julu-fault-pg-'));
    chmodSync(dir, 0o755); // PostgreSQL runs as the unprivileged postgres user when tests run as root
    const pg: RunningPostgres = await startPostgres({ dataDir: join(dir, 'pg'), password: 'fault-only-password', fast: true });
    process.env['TEST_DATABASE_URL'] = pg.url;
    stops.push(async () => {
      await pg.stop();
      delete process.env['TEST_DATABASE_URL'];
    });
  }
  if (!process.env['TEST_REDIS_URL']) {
    const redis: RunningRedis = await startRedis({});
    process.env['TEST_REDIS_URL'] = redis.url;
    stops.push(async () => {
      await redis.stop();
      delete process.env['TEST_REDIS_URL'];
    });
  }
  return {
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
