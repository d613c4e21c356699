import { writeSync } from 'node:fs';
import { redactPersonalData } from './redact-personal-data';

type WriteStream = Pick<NodeJS.WriteStream, 'write'>;

/**
 * Whatever bypasses the logger — `console.*` from a library, a start-up failure, a crash trace —
 * still passes the personal-data redaction before it reaches stdout or stderr (docs/SECURITY.md).
 * pino writes through its own file descriptor and has redacted already, so it pays nothing here.
 * Text in another encoding than UTF-8 is passed through untouched.
 */
export function installOutputRedaction(streams: WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => write(redactChunk(chunk, rest[0]), ...rest)) as WriteStream['write'];
  }
}

function redactChunk(chunk: unknown, encoding: unknown): unknown {
  if (typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) return chunk;
  if (typeof chunk === 'string') return redactPersonalData(chunk);
  if (Buffer.isBuffer(chunk)) return Buffer.from(redactPersonalData(chunk.toString('utf8')), 'utf8');
  return chunk;
}

/** The line written for an uncaught error instead of Node's own report (which would print it unredacted). */
export function crashReport(process_: string, error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `[${process_}] uncaught: ${redactPersonalData(text)}\n`;
}

/** Replaces Node's report of an uncaught error or rejection with a redacted one, then exits 1 as Node would. */
export function installCrashRedaction(process_: string): void {
  process.on('uncaughtException', (error) => {
    writeSync(2, crashReport(process_, error));
    process.exit(1);
  });
}
