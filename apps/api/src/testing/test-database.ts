import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options';
import { runMigrations } from '../core/database/migrate';

/**
 * A throw-away database on the test server (TEST_DATABASE_URL, set by the test runner to a private
 * PostgreSQL or to the caller's DATABASE_URL). Each test file gets its own, so files never share rows.
 */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through `npm test`');
  return url;
}

export function testRedisUrl(): string {
  const url = process.env['TEST_REDIS_URL'];
  if (!url) throw new Error('TEST_REDIS_URL is not set: run integration tests through `npm test`');
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `julu_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh database with every migration applied, and an open DataSource on it. */
export async function createMigratedDataSource(): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(db.url, 'julu-int-test'));
  await dataSource.initialize();
  await runMigrations(dataSource);
  return { db, dataSource };
}

export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}
