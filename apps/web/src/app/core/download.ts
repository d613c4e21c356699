import { HttpParams } from '@angular/common/http';

/** Saves a blob the API sent (fetched with the bearer token) as a file, through a temporary link. */
export function saveFile(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Query parameters from a filter object; empty values (undefined, null, '') are left out. */
export function toHttpParams(query: object): HttpParams {
  return Object.entries(query).reduce(
    (params, [key, value]: [string, unknown]) => (value === undefined || value === null || value === '' ? params : params.set(key, String(value))),
    new HttpParams(),
  );
}
