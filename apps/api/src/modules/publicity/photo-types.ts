/** Evidence photos: JPEG or PNG, recognised by their first bytes, not by the name alone. */
const PHOTO_TYPES = [
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
] as const;

/** The content type when the name and the first bytes agree on JPEG or PNG, else null. */
export function detectPhotoType(fileName: string, head: Buffer): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const type = PHOTO_TYPES.find((t) => (t.extensions as readonly string[]).includes(extension));
  return type && type.magic.every((b, i) => head[i] === b) ? type.contentType : null;
}

/** A base name safe to store and to send back (no paths, no control or reserved characters). */
export function safePhotoName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? 'photo';
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return (cleaned || 'photo').slice(0, 120);
}
