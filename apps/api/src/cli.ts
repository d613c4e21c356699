import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseVillageLine, type VillageRecord } from '@julu/domain';
import { DataSource } from 'typeorm';
import { loadConfigForCli } from './core/config/cli-config';
import { dataSourceOptions } from './core/database/data-source-options';
import { runMigrations } from './core/database/migrate';
import { AuditService } from './modules/audit';
import { importVillages } from './modules/org';
import { seedDemoData, seedProductionData } from './seed/seed-demo-data';

const COMMANDS = ['migrate', 'init', 'setup', 'import-villages'];

/** Reads a 统计用区划代码 CSV/TSV export; lines that are not villages (headers, higher levels) are skipped. */
function readVillageFile(path: string | undefined): VillageRecord[] {
  if (!path) throw new Error('import-villages needs a file: node cli.js import-villages <file.csv>');
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map(parseVillageLine)
    .filter((r): r is VillageRecord => r !== null);
}

/**
 * Operations entrypoint, printing one JSON line:
 * - `migrate` applies pending migrations;
 * - `init` (production) migrates and seeds the org tree and one administrator with a generated
 *   password, printed once, into an empty database;
 * - `setup` (the demo start) migrates and seeds the org tree and the demo accounts into an empty database;
 * - `import-villages <file.csv>` loads the official village list (code,name per line) in one transaction.
 */
async function main(command: string | undefined, argument: string | undefined): Promise<void> {
  const { databaseUrl, demoPassword } = loadConfigForCli();
  if (!command || !COMMANDS.includes(command)) {
    throw new Error(`unknown command ${JSON.stringify(command)}; use one of ${COMMANDS.join(', ')}`);
  }
  const villages = command === 'import-villages' ? readVillageFile(argument) : [];
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 'julu-cli'));
  await dataSource.initialize();
  try {
    const migrations = await runMigrations(dataSource);
    const seed = command === 'setup' ? await seedDemoData(dataSource, demoPassword) : command === 'init' ? await seedProductionData(dataSource) : undefined;
    const imported = command === 'import-villages' ? await dataSource.transaction((m) => importVillages(m, new AuditService(), villages)) : undefined;
    process.stdout.write(`${JSON.stringify({ migrations, seed, imported })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  process.stderr.write(`[cli] ${(error as Error).message}\n`);
  process.exit(1);
});
