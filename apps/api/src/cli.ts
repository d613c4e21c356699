import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigForCli } from './core/config/cli-config';
import { dataSourceOptions } from './core/database/data-source-options';
import { runMigrations } from './core/database/migrate';
import { seedDemoData } from './seed/seed-demo-data';

/**
 * Operations entrypoint: `node cli.js migrate` applies pending migrations; `node cli.js setup`
 * migrates and seeds demo data into an empty database. Prints one JSON line for the launcher.
 */
async function main(command: string | undefined): Promise<void> {
  const { databaseUrl, demoPassword } = loadConfigForCli();
  if (command !== 'migrate' && command !== 'setup') {
    throw new Error(`unknown command ${JSON.stringify(command)}; use "migrate" or "setup"`);
  }
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 'julu-cli'));
  await dataSource.initialize();
  try {
    const migrations = await runMigrations(dataSource);
    const seed = command === 'setup' ? await seedDemoData(dataSource, demoPassword) : undefined;
    process.stdout.write(`${JSON.stringify({ migrations, seed })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`[cli] ${(error as Error).message}\n`);
  process.exit(1);
});
