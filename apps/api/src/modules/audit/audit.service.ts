import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertRow } from '../../core/database/typed-writes';
import { currentRequestContext } from '../../core/http/request-context';
import { AuditLogEntity } from './entities/audit-log.entity';

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
    await insertRow(manager, AuditLogEntity, {
      actorUserId: actor.id,
      actorUsername: actor.username,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      changes: entry.changes ?? null,
      reason: entry.reason ?? null,
      requestId: context?.requestId ?? null,
      clientIp: context?.clientIp ?? null,
    });
  }
}
