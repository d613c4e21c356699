import { Injectable } from '@nestjs/common';
import type { CurrentUser, NotificationList, NotificationView, Role } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../../core/http/api-errors';
import { LivePublisher } from '../../../core/live/live-publisher.service';

export interface NewNotification {
  kind: NotificationView['kind'];
  title: string;
  body: string;
  caseId: string | null;
  /** Unique per recipient: the same key never notifies the same person twice. */
  dedupeKey: string;
}

/**
 * Never a user of the unit a 检举控告 accuses, whatever the path that names them (2022 条例 Art 30
 * ¶3: neither the matter nor its circumstances reach the accused). A condition over `app_user u`;
 * `$5` is the notification's case. It fails closed: a case the query cannot read notifies nobody.
 */
const NOT_ACCUSED = `($5::uuid IS NULL OR EXISTS (SELECT 1 FROM petition_case a WHERE a.id = $5::uuid
  AND (a.matter_type <> 'ACCUSATION' OR a.involved_unit_id IS NULL OR a.involved_unit_id IS DISTINCT FROM u.org_unit_id)))`;

/** Who hears about a unit's work: its active users; for the county bureau, reception and leaders. */
const RECIPIENTS = `SELECT u.id FROM app_user u WHERE u.disabled_at IS NULL AND u.org_unit_id = $1 AND u.role <> 'ADMIN' AND ${NOT_ACCUSED}`;

/** The in-app inbox: reminders, breaches, new assignments and supervision notices. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LivePublisher,
  ) {}

  /** Notifies every active user of the unit; returns how many rows were new. */
  async notifyUnit(m: EntityManager, unitId: string, n: NewNotification): Promise<number> {
    const rows: { user_id: string }[] = await m.query(
      `INSERT INTO notification (user_id, kind, title, body, case_id, dedupe_key)
       SELECT id, $2, $3, $4, $5, $6 FROM (${RECIPIENTS}) r
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING user_id`,
      [unitId, n.kind, n.title, n.body, n.caseId, n.dedupeKey],
    );
    return this.announced(m, rows);
  }

  /** Notifies every active user of a role (county-wide roles: the bureau's leaders). */
  async notifyRole(m: EntityManager, role: Role, n: NewNotification): Promise<number> {
    const rows: { user_id: string }[] = await m.query(
      `INSERT INTO notification (user_id, kind, title, body, case_id, dedupe_key)
       SELECT u.id, $2, $3, $4, $5, $6 FROM app_user u WHERE u.disabled_at IS NULL AND u.role = $1 AND ${NOT_ACCUSED}
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING user_id`,
      [role, n.kind, n.title, n.body, n.caseId, n.dedupeKey],
    );
    return this.announced(m, rows);
  }

  /** Notifies the given active users (e.g. the leader on duty); returns how many rows were new. */
  async notifyUsers(m: EntityManager, userIds: readonly string[], n: NewNotification): Promise<number> {
    const rows: { user_id: string }[] = await m.query(
      `INSERT INTO notification (user_id, kind, title, body, case_id, dedupe_key)
       SELECT u.id, $2, $3, $4, $5, $6 FROM app_user u WHERE u.disabled_at IS NULL AND u.id = ANY($1::uuid[]) AND ${NOT_ACCUSED}
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING user_id`,
      [userIds, n.kind, n.title, n.body, n.caseId, n.dedupeKey],
    );
    return this.announced(m, rows);
  }

  /** The bells of the new rows' recipients ring once the transaction commits (a content-free hint). */
  private announced(m: EntityManager, rows: readonly { user_id: string }[]): number {
    if (rows.length > 0) this.live.afterCommit(m, { topic: 'notifications', userIds: rows.map((r) => r.user_id) });
    return rows.length;
  }

  async list(user: CurrentUser): Promise<NotificationList> {
    const rows: { id: string; kind: NotificationView['kind']; title: string; body: string; case_id: string | null; created_at: Date; read_at: Date | null }[] =
      await this.dataSource.query('SELECT id, kind, title, body, case_id, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 50', [
        user.id,
      ]);
    const [{ unread }]: { unread: number }[] = await this.dataSource.query('SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return {
      unread,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        caseId: r.case_id,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
      })),
    };
  }

  async markRead(id: string, user: CurrentUser): Promise<NotificationList> {
    const found: unknown[] = await this.dataSource.query('SELECT 1 FROM notification WHERE id = $1 AND user_id = $2', [id, user.id]);
    if (found.length === 0) throw notFound('通知不存在');
    await this.dataSource.query('UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2', [id, user.id]);
    // The user's other tabs show the same count.
    await this.live.publish({ topic: 'notifications', userIds: [user.id] });
    return this.list(user);
  }

  async markAllRead(user: CurrentUser): Promise<NotificationList> {
    await this.dataSource.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    await this.live.publish({ topic: 'notifications', userIds: [user.id] });
    return this.list(user);
  }
}
