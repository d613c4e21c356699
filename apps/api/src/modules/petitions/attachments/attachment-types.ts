/**
 * File types accepted as case attachments (scanned letters, photos, documents), recognised by
 * their first bytes rather than by the name or the browser's claim: a renamed executable is
 * refused. Office formats: the OOXML zip container or the legacy OLE container.
 */
export interface AttachmentType {
  label: string;
  contentType: string;
  extensions: readonly string[];
  matches: (head: Buffer) => boolean;
}

const startsWith = (head: Buffer, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { label: 'PDF', contentType: 'application/pdf', extensions: ['pdf'], matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { label: 'JPEG', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { label: 'PNG', contentType: 'image/png', extensions: ['png'], matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  {
    label: 'Word/Excel',
    contentType: 'application/octet-stream',
    extensions: ['docx', 'xlsx'],
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
  {
    label: 'Word/Excel 97–2003',
    contentType: 'application/octet-stream',
    extensions: ['doc', 'xls'],
    matches: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
];

const OFFICE_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

export const ACCEPTED_EXTENSIONS = ATTACHMENT_TYPES.flatMap((t) => t.extensions);

/**
 * The content type to store for a file, or null when its name and its bytes do not agree on an
 * accepted type.
 */
export function detectAttachmentType(fileName: string, head: Buffer): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const type = ATTACHMENT_TYPES.find((t) => t.extensions.includes(extension));
  if (!type || !type.matches(head)) return null;
  return OFFICE_TYPES[extension] ?? type.contentType;
}

/** A name safe to store and to send back in Content-Disposition (no paths, no control characters). */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? 'file';
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return (cleaned || 'file').slice(0, 120);
}
