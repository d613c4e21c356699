// node test/bench/generate/cli.mjs --scale province --database-url postgres://… [--seed 20261201]
//   [--until 2026-12-01] [--cases 50000] [--secrets path/to/secrets.json]
// Loads generated data into a database that `cli.js setup` prepared, printing rows and seconds per
// table. The PII keys come from the environment (as the API reads them) or a launcher secrets file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'county' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL },
    seed: { type: 'string', default: '20261201' },
    until: { type: 'string' },
    cases: { type: 'string' },
    secrets: { type: 'string' },
  },
});
if (!values['database-url']) throw new Error('--database-url (or DATABASE_URL) is required');
const secrets = values.secrets ? JSON.parse(readFileSync(values.secrets, 'utf8')) : {};
const keys = {
  PII_KEYS: process.env.PII_KEYS || secrets.piiKeys,
  PII_ACTIVE_KEY_ID: process.env.PII_ACTIVE_KEY_ID || secrets.piiActiveKeyId,
  PII_BLIND_INDEX_KEY: process.env.PII_BLIND_INDEX_KEY || secrets.piiBlindIndexKey,
};
const db = new Client({ connectionString: values['database-url'] });
await db.connect();
try {
  const started = Date.now();
  const results = await generate(db, {
    scale: values.scale,
    seed: Number(values.seed),
    until: values.until ? new Date(`${values.until}T10:00:00+08:00`) : new Date(),
    cases: values.cases ? Number(values.cases) : undefined,
    keys,
    log: (line) => console.log(`[generate] ${line}`),
  });
  console.log(`\n${'table'.padEnd(24)}${'rows'.padStart(12)}${'seconds'.padStart(10)}`);
  for (const r of results) {
    const entries = Object.entries(r.rows);
    entries.forEach(([table, n], k) => console.log(`${table.padEnd(24)}${n.toLocaleString('en').padStart(12)}${(k === 0 ? r.seconds.toFixed(1) : '').padStart(10)}`));
  }
  console.log(`total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.end();
}
