import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createPrivateWriteStream, ensurePrivateDir, writePrivateFile } from './private-files';

describe('private files', () => {
  let root: string;
  const mode = (path: string): number => statSync(path).mode & 0o777;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'julu-private-files-'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates folders 0700 and files 0600 even under a permissive umask', async () => {
    const previous = process.umask(0);
    try {
      const dir = join(root, 'exports', 'nested');
      await ensurePrivateDir(dir);
      expect(mode(dir)).toBe(0o700);
      await writePrivateFile(join(dir, 'a'), Buffer.from('x'));
      expect(mode(join(dir, 'a'))).toBe(0o600);
      const out = createPrivateWriteStream(join(dir, 'b.part'));
      out.end('y');
      await finished(out);
      expect(mode(join(dir, 'b.part'))).toBe(0o600);
      await expect(writePrivateFile(join(dir, 'a'), Buffer.from('z'))).rejects.toThrow(/EEXIST/);
    } finally {
      process.umask(previous);
    }
  });
});
