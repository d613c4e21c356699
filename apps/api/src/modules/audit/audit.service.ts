import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../../core/http/request-context';

export interface AuditEntry {
  /** e.g. `auth.login`, `user.create`, `petitioner.reveal`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Before/after difference of the fields that changed; never secrets. */
  changes?: Record<string, { before?: unknown; after?: unknown }> | null;
  /** Why personal data was revealed, or other free-text justification. */
  reason?: string | null;
  /** Defaults to the authenticated user of the request in flight. */
  actor?: { id: string | null; username: string | null };
}

/**
 * Appends audit rows in the caller's transaction, so a write and its audit row commit together.
 * The table refuses UPDATE, DELETE and TRUNCATE (migration AuthSessionsAndAudit).
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const context = currentRequestContext();
    const actor = entry.actor ?? { id: context?.user?.id ?? null, username: context?.user?.username ?? null };
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_username, action, entity_type, entity_id, changes, reason, request_id, client_ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actor.id,
        actor.username,
        entry.action,
        entry.entityType,
        entry.entityId ?? null,
        entry.changes ? JSON.stringify(entry.changes) : null,
        entry.reason ?? null,
        context?.requestId ?? null,
        context?.clientIp ?? null,
      ],
    );
  }
}
