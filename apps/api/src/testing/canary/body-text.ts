import JSZip from 'jszip';
import type request from 'supertest';

/** Supertest parser keeping every body as bytes, whatever its type. */
export function bytes(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
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
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels|txt|csv)$/.test(f.name)).map((f) => f.async('string')));
    return head + parts.map((p) => p.replace(/<[^>]+>/g, ' ')).join('\n');
  }
  if (isImage(type)) return head;
  return head + body.toString('utf8');
}
