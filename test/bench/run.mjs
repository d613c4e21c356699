// `npm run bench [part …]`: runs each benchmark part in its own process, in order, and stops at the
// first that fails. With no argument every part runs; `npm run bench -- intake workflow` runs two.
// Each part prints its own table, with every figure next to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The parts, in the order `npm run bench` runs them (file name without `.mjs`). */
const PARTS = ['intake', 'workflow', 'intake-load', 'dashboard', 'export', 'web', 'township-list', 'province'];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
  console.error(`[bench] unknown part(s): ${unknown.join(', ')}. Parts: ${PARTS.join(', ')}`);
  process.exit(2);
}
for (const part of wanted.length > 0 ? wanted : PARTS) {
  const script = join(here, `${part}.mjs`);
  if (!existsSync(script)) throw new Error(`missing ${script}`);
  console.log(`\n[bench] ━━━ ${part} ━━━`);
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
