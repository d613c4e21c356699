import type { IncomingMessage } from 'node:http';
import JSZip from 'jszip';
import type request from 'supertest';

/**
 * Supertest parser keeping every body as bytes, whatever its type. An event stream never ends: it
 * is read up to its first chunk (what it says on opening) and then hung up.
 */
export function bytes(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  // superagent hands a custom parser the raw node response, typed as its own Response.
  const raw = res as unknown as IncomingMessage;
  const stream = String(raw.headers['content-type'] ?? '').startsWith('text/event-stream');
  const chunks: Buffer[] = [];
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    done(null, Buffer.concat(chunks));
  };
  raw.on('data', (c: Buffer) => {
    chunks.push(c);
    if (stream) {
      finish();
      raw.destroy();
    }
  });
  raw.on('end', finish);
  raw.on('close', finish);
}

export const isZip = (b: Buffer): boolean => Buffer.isBuffer(b) && b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isImage = (type: string): boolean => /^image\//.test(type);

/**
 * The text a person could read in a response: the body (JSON, text) or, for an Office file (.xlsx,
 * .docx: a zip of XML parts), the text of every part; plus the headers that name a download.
 */
export async function bodyText(res: request.Response): Promise<string> {
  const body = Buffer.isBuffer(res.body) ? res.body : Buffer.from(String(res.text ?? ''));
  const type = String(res.headers['content-type'] ?? '');
  const disposition = String(res.headers['content-disposition'] ?? '');
  const head = `${decodeURIComponent(disposition.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'))}\n`;
  if (isZip(body)) {
    const zip = await JSZip.loadAsync(body);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && /\.(xml|rels|txt|csv)$/.test(f.name))
        .map((f) => f.async('string')),
    );
    return head + parts.map((p) => p.replace(/<[^>]+>/g, ' ')).join('\n');
  }
  if (isImage(type)) return head;
  return head + body.toString('utf8');
}
