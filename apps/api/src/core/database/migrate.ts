import type { DataSource } from 'typeorm';
import { runAsOwner } from './row-security';

/** Arbitrary but fixed: the key every process uses for the schema-migration advisory lock. */
export const MIGRATION_LOCK_KEY = 5_290_529;

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock on a dedicated connection,
 * so two processes booting at once (API and worker, or two replicas) never run it concurrently.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations under the advisory lock; returns the names it applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  // As the owner: the system role that other work runs as cannot change the schema.
  return runAsOwner(() =>
    withAdvisoryLock(dataSource, MIGRATION_LOCK_KEY, async () => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    }),
  );
}

/** Opens a short-lived connection, applies pending migrations, closes it. */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const { DataSource } = await import('typeorm');
  const { dataSourceOptions } = await import('./data-source-options');
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 'julu-migrate'));
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
