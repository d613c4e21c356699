import type { AuditLogEntry, AuditLogQuery } from '@julu/contracts';

export interface AuditLogRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: AuditLogEntry['changes'];
  reason: string | null;
  request_id: string | null;
  client_ip: string | null;
}

export const toAuditLogEntry = (r: AuditLogRow): AuditLogEntry => ({
  id: String(r.id),
  occurredAt: r.occurred_at.toISOString(),
  actorUserId: r.actor_user_id,
  actorUsername: r.actor_username,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  changes: r.changes,
  reason: r.reason,
  requestId: r.request_id,
  clientIp: r.client_ip,
});

/**
 * WHERE clause and parameters for the filters, newest first by id (keyset): `before` continues
 * after the last id of the previous page. Each filter is served by an index of audit_log.
 */
export function auditLogWhere(query: AuditLogQuery, before: string | null): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (query.actor) add('actor_username = ?', query.actor.toLowerCase());
  if (query.action?.endsWith('.')) add('action LIKE ?', `${query.action.replace(/[\\%_]/g, '\\$&')}%`);
  else if (query.action) add('action = ?', query.action);
  if (query.entityType) add('entity_type = ?', query.entityType);
  if (query.entityId) add('entity_id = ?', query.entityId);
  if (query.from) add('occurred_at >= ?::timestamptz', query.from);
  if (query.to) add('occurred_at < ?::timestamptz', query.to);
  if (before) add('id < ?::bigint', before);
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
