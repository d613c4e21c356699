import type { Response } from 'express';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Headers of a file download: the content type and an attachment disposition carrying the
 * (Chinese) file name RFC 5987-encoded, with a plain ASCII fallback for old clients.
 */
export function sendAsAttachment(res: Response, contentType: string, fileName: string, asciiFallback = 'download'): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}
