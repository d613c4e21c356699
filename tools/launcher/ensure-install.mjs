// `prestart`/`pretest`: installs dependencies when node_modules is missing or older than the lock
// file. Node built-ins only — this runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const lock = join(root, 'package-lock.json');
// npm writes this file at the end of every successful install.
const marker = join(root, 'node_modules', '.package-lock.json');

function reason() {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  if (!existsSync(marker)) return 'the last install did not finish';
  if (statSync(marker).mtimeMs < statSync(lock).mtimeMs) return 'package-lock.json changed since the last install';
  return null;
}

const why = reason();
if (why) {
  console.log(`[setup] ${why}: running npm ci (about a minute)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[setup] npm ci failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
