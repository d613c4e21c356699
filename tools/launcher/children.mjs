import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, fchmodSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const LEVELS = { 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * The log folder, readable by its owner only (0700), also when it already existed with a wider
 * mode: request and error logs are about petitioners, whatever the redaction catches.
 */
export function ensurePrivateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** A log file opened for appending, owner read/write only (0600), also when it already existed. */
export function openPrivateLog(logFile) {
  const fd = openSync(logFile, 'a', 0o600);
  fchmodSync(fd, 0o600);
  return createWriteStream('', { fd });
}

/**
 * Runs a Node child with its JSON log lines appended to `logFile`; warnings and errors (and any
 * plain-text line, such as a refused configuration) are echoed to the console, prefixed.
 */
export function spawnLogged(label, args, { env, cwd, logFile }) {
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const file = openPrivateLog(logFile);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      file.write(`${line}\n`);
      echo(label, line);
    });
  }
  child.once('exit', () => file.end());
  return child;
}

function echo(label, line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    if (line.trim()) console.log(`[${label}] ${line}`);
    return;
  }
  if (entry && typeof entry.level === 'number' && entry.level >= 40) {
    console.log(`[${label}] ${LEVELS[entry.level] ?? entry.level} ${entry.msg ?? ''}${entry.reqId ? ` (request ${entry.reqId})` : ''}`);
  }
}

/** The API (which serves the web app when WEB_DIST_DIR is set) and the worker, logging under `logs`. */
export function spawnApiAndWorker({ env, cwd, logs }) {
  const run = (label, script) => spawnLogged(label, ['--enable-source-maps', `dist/apps/api/${script}`], { env, cwd, logFile: join(logs, `${label}.log`) });
  return { api: run('api', 'main.js'), worker: run('worker', 'worker.js') };
}

/** Sends SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited. */
export function terminate(child, graceMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
