import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/core/database/data-source-options';
import { runMigrations } from '../src/core/database/migrate';
import { seedDemoData } from '../src/seed/seed-demo-data';
import { publishTemplateNames } from './template-databases';
import { onTestServer, testDatabaseUrl } from './test-database';

async function withDataSource(name: string, work: (dataSource: DataSource) => Promise<unknown>): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(testDatabaseUrl(name), 'julu-int-template'));
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    // A template must have no open connection when it is copied.
    await dataSource.destroy();
  }
}

/**
 * Jest globalSetup of the integration tier: migrates one database and seeds a copy of it, once per
 * run, under names unique to this run (two runs may share a server). See template-databases.ts.
 */
export default async function buildTemplates(): Promise<void> {
  if (!process.env['TEST_DATABASE_URL']) return; // each file reports the missing variable itself
  const run = `julu_tpl_${randomBytes(4).toString('hex')}`;
  const names = { migrated: `${run}_migrated`, seeded: `${run}_seeded` };
  const started = Date.now();
  try {
    await onTestServer(`CREATE DATABASE ${names.migrated}`);
    await withDataSource(names.migrated, runMigrations);
    await onTestServer(`CREATE DATABASE ${names.seeded} TEMPLATE ${names.migrated}`);
    // The demo users' password is replaced in every copy (createSeededDataSource).
    await withDataSource(names.seeded, (ds) => seedDemoData(ds, randomBytes(12).toString('base64url'), 'test'));
  } catch (error) {
    await dropTemplates(names);
    throw error;
  }
  publishTemplateNames(names);
  process.stdout.write(`\n[int] template databases ${run}_* migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export async function dropTemplates(names: { migrated: string; seeded: string }): Promise<void> {
  for (const name of [names.seeded, names.migrated]) await onTestServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
