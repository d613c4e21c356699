import { Injectable } from '@nestjs/common';
import type { CurrentUser, IncidentDetail, IncidentListResponse } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf, townshipCondition } from '../../core/access/territory';
import { notFound } from '../../core/http/api-errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import type { ListIncidentsQuery } from './dto/list-incidents.query';
import { INCIDENT_SQL, type IncidentReportRow, type IncidentRow, toIncidentDetail, toIncidentSummary } from './incident.row';

export const incidentNotFound = (): ReturnType<typeof notFound> => notFound('突发事件不存在或不在您的管辖范围内');

/** Reads of incidents, within the reader's territory (a foreign incident is simply not found). */
@Injectable()
export class IncidentQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListIncidentsQuery, user: CurrentUser): Promise<IncidentListResponse> {
    const params: unknown[] = [];
    const conditions = [townshipCondition(territoryOf(user), 'i.township_id', params)];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.townshipId) add('i.township_id = ?::uuid', query.townshipId);
    if (query.level) add('i.level = ?', query.level);
    if (query.open !== undefined) conditions.push(query.open ? 'i.final_reported_at IS NULL' : 'i.final_reported_at IS NOT NULL');
    if (query.after) {
      const cursor = decodeKeysetCursor(query.after);
      params.push(cursor.key, cursor.id);
      conditions.push(`(i.discovered_at, i.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const rows: IncidentRow[] = await this.dataSource.query(
      `${INCIDENT_SQL} WHERE ${conditions.join(' AND ')} ORDER BY i.discovered_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
    const now = new Date();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => toIncidentSummary(r, now)),
      nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.discovered_at.toISOString(), last.id) : null,
      serverNow: now.toISOString(),
    };
  }

  async get(id: string, user: CurrentUser, manager?: EntityManager): Promise<IncidentDetail> {
    const row = await this.visible(manager ?? this.dataSource.manager, id, user);
    const reports: IncidentReportRow[] = await (manager ?? this.dataSource).query(
      `SELECT r.id, r.kind, r.seq, r.reported_at, r.reported_to, r.content, u.display_name AS reported_by_name, r.created_at, r.time_reason
       FROM incident_report r JOIN app_user u ON u.id = r.reported_by
       WHERE r.incident_id = $1 ORDER BY r.reported_at, r.created_at`,
      [id],
    );
    return toIncidentDetail(row, reports, new Date());
  }

  /** The incident if it lies in the user's territory; `lock` takes a row lock for a write. */
  async visible(m: EntityManager, id: string, user: CurrentUser, lock = false): Promise<IncidentRow> {
    const params: unknown[] = [id];
    const scope = townshipCondition(territoryOf(user), 'i.township_id', params);
    const rows: IncidentRow[] = await m.query(`${INCIDENT_SQL} WHERE i.id = $1 AND ${scope}${lock ? ' FOR UPDATE OF i' : ''}`, params);
    if (!rows[0]) throw incidentNotFound();
    return rows[0];
  }
}
