import { invalid } from './api-errors';

/**
 * Opaque keyset cursor over (sort key, id): the list continues strictly after the last row seen,
 * so a row inserted meanwhile never shifts a page. The key is an ISO date or date-time.
 */
export function encodeKeysetCursor(key: string, id: string): string {
  return Buffer.from(`${key}|${id}`).toString('base64url');
}

export function decodeKeysetCursor(cursor: string): { key: string; id: string } {
  const [key, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!key || !id || Number.isNaN(Date.parse(key)) || !/^[0-9a-f-]{36}$/.test(id)) throw invalid('分页游标有误，请从第一页重新查询');
  return { key, id };
}
