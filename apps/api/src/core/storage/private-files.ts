import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';

/**
 * Attachments and exports hold personal data: folders 0700 and files 0600, readable by the
 * service's own user only, whatever the umask (mkdir's mode applies to new folders only, so an
 * existing folder is narrowed too, once per process).
 */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const narrowed = new Set<string>();

export async function ensurePrivateDir(dir: string): Promise<void> {
  if (narrowed.has(dir)) return;
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  try {
    await chmod(dir, PRIVATE_DIR);
  } catch (error) {
    // A mount point owned by another user (a volume): the files inside are 0600 all the same.
    if ((error as { code?: string }).code !== 'EPERM') throw error;
  }
  narrowed.add(dir);
}

/** Writes a new file (never replaces one) that only the service's user can read. */
export async function writePrivateFile(path: string, data: Buffer): Promise<void> {
  await writeFile(path, data, { flag: 'wx', mode: PRIVATE_FILE });
}

export function createPrivateWriteStream(path: string): WriteStream {
  return createWriteStream(path, { mode: PRIVATE_FILE });
}
