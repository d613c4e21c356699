import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/core/database/data-source-options';
import { runMigrations } from '../src/core/database/migrate';
import { hashPassword } from '../src/modules/identity';
import { seedDemoData } from '../src/seed/seed-demo-data';
import { templateNames } from './template-databases';

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

/** The URL of database `name` on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the test server's maintenance connection (CREATE/DROP DATABASE). */
export async function onTestServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** An empty database, or a copy of `template` (a file-system copy: no migration runs). */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const name = `julu_t_${randomBytes(5).toString('hex')}`;
  await onTestServer(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  return {
    url: testDatabaseUrl(name),
    name,
    drop: () => onTestServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function openDataSource(db: TestDatabase): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(db.url, 'julu-int-test'));
  await dataSource.initialize();
  return dataSource;
}

/**
 * A fresh database with every migration applied, and an open DataSource on it: a copy of the run's
 * migrated template (int-global-setup.ts) when there is one, else migrated here. Migrations run on
 * the copy too, so a template can never be behind the code (on an up-to-date copy that is one query).
 */
export async function createMigratedDataSource(): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const db = await createTestDatabase(templateNames()?.migrated);
  const dataSource = await openDataSource(db);
  await runMigrations(dataSource);
  return { db, dataSource };
}

/**
 * A migrated database seeded with the demo data (seedDemoData), every demo user's password being
 * `password` (hashed at the test cost): a copy of the run's seeded template when there is one.
 */
export async function createSeededDataSource(password: string): Promise<{ db: TestDatabase; dataSource: DataSource }> {
  const templates = templateNames();
  if (!templates) {
    const { db, dataSource } = await createMigratedDataSource();
    await seedDemoData(dataSource, password, 'test');
    return { db, dataSource };
  }
  const db = await createTestDatabase(templates.seeded);
  const dataSource = await openDataSource(db);
  await runMigrations(dataSource);
  // The template's demo users share one password; this file's own replaces it.
  await dataSource.query('UPDATE app_user SET password_hash = $1', [await hashPassword(password, 'test')]);
  return { db, dataSource };
}

export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}
