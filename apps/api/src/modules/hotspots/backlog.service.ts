import { Injectable } from '@nestjs/common';
import type { BacklogCaseView, BacklogListResponse, CurrentUser, LeaderActivityView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { conflict, forbidden, invalidField, notFound } from '../../core/http/api-errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { countVisibleCases, visibleCasesSql } from '../petitions';
import { backlogSql, type BacklogRow, toBacklogView } from './backlog.rows';
import { BacklogCaseEntity } from './entities/backlog-case.entity';
import { LeaderActivityEntity } from './entities/leader-activity.entity';
import type { BacklogListQueryDto, BacklogResolutionDto, CreateBacklogCaseDto, LeaderActivityDto } from './dto/backlog.dto';
import { nextRegisterNo } from './hotspot-writer';

export const backlogNotFound = (): ReturnType<typeof notFound> => notFound('积案不存在或不在您的管辖范围内');

/** 信访积案 and 领导包案 (DOMAIN.md §2.5): 五定, plan, leader activities, resolution and 息诉罢访. */
@Injectable()
export class BacklogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(dto: CreateBacklogCaseDto, user: CurrentUser): Promise<BacklogCaseView> {
    if (!coversTownship(territoryOf(user), dto.townshipId)) throw forbidden('只能登记本乡镇（开发区）的积案');
    return this.transactions.run(async (m) => {
      const township: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [dto.townshipId]);
      if (township.length === 0) throw invalidField('townshipId', '请选择积案所在的乡镇（开发区）');
      const caseIds = [...new Set(dto.linkedCaseIds)];
      if ((await countVisibleCases(m, caseIds, territoryOf(user))) !== caseIds.length) throw invalidField('linkedCaseIds', '关联的信访事项不存在或不在您的管辖范围内');
      const backlogNo = await nextRegisterNo(m, 'JA', Number(chinaDate(new Date()).slice(0, 4)));
      const { id } = await insertRow(
        m,
        BacklogCaseEntity,
        {
          backlogNo,
          title: dto.title.trim(),
          origin: dto.origin,
          townshipId: dto.townshipId,
          leader: dto.leader.trim(),
          responsibleOrg: dto.responsibleOrg.trim(),
          team: dto.team.trim(),
          task: dto.task.trim(),
          responsibility: dto.responsibility.trim(),
          plan: dto.plan.trim(),
          deadline: dto.deadline,
          supervisionLevel: dto.supervisionLevel ?? null,
          createdBy: user.id,
        },
        ['id'],
      );
      await m.query('INSERT INTO backlog_case_link (backlog_id, case_id) SELECT $1, unnest($2::uuid[])', [id, caseIds]);
      await this.audit.record(m, { action: 'backlog.create', entityType: 'backlog_case', entityId: id, changes: { leader: { after: dto.leader.trim() } } });
      await this.outbox.record(m, { eventType: 'backlog.registered', aggregateType: 'backlog_case', aggregateId: id, payload: { townshipId: dto.townshipId } });
      return this.view(m, id, user);
    });
  }

  async list(query: BacklogListQueryDto, user: CurrentUser): Promise<BacklogListResponse> {
    const rows = await this.batch(this.dataSource.manager, query, user, query.after ? decodeKeysetCursor(query.after) : null, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const today = chinaDate(new Date());
    return { items: page.map((r) => toBacklogView(r, [], today)), nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.created_key, last.id) : null };
  }

  /** One keyset page of the ledger, newest first (also used by the export). */
  async batch(
    m: EntityManager,
    query: Omit<BacklogListQueryDto, 'limit' | 'after'>,
    user: CurrentUser,
    cursor: { key: string; id: string } | null,
    limit: number,
  ): Promise<BacklogRow[]> {
    const params: unknown[] = [];
    const visibleCases = visibleCasesSql(territoryOf(user), params);
    const conditions = [townshipCondition(territoryOf(user), 'b.township_id', params)];
    const add = (sql: string, ...values: unknown[]): void => {
      conditions.push(sql.replace(/\?/g, () => `$${params.push(values.shift())}`));
    };
    if (query.townshipId) add('b.township_id = ?::uuid', query.townshipId);
    if (query.status) add('b.status = ?', query.status);
    if (cursor) add('(b.created_at, b.id) < (?::timestamptz, ?::uuid)', cursor.key, cursor.id);
    params.push(limit);
    return m.query(`${backlogSql(visibleCases)} WHERE ${conditions.join(' AND ')} ORDER BY b.created_at DESC, b.id DESC LIMIT $${params.length}`, params);
  }

  async get(id: string, user: CurrentUser): Promise<BacklogCaseView> {
    return this.view(this.dataSource.manager, id, user);
  }

  /** 接访 / 下访 / 约访 by the leader in charge (or another leader). */
  async addActivity(id: string, dto: LeaderActivityDto, user: CurrentUser): Promise<BacklogCaseView> {
    if (dto.heldOn > chinaDate(new Date())) throw invalidField('heldOn', '日期不能晚于今天');
    return this.transactions.run(async (m) => {
      const b = await this.visible(m, id, user);
      await insertRow(m, LeaderActivityEntity, {
        backlogId: b.id,
        kind: dto.kind,
        heldOn: dto.heldOn,
        place: dto.place.trim(),
        leader: dto.leader.trim(),
        peopleMet: dto.peopleMet.trim(),
        result: dto.result.trim(),
        recordedBy: user.id,
      });
      await this.audit.record(m, { action: 'backlog.leader_activity', entityType: 'backlog_case', entityId: b.id, changes: { kind: { after: dto.kind } } });
      await this.outbox.record(m, { eventType: 'backlog.leader-activity', aggregateType: 'backlog_case', aggregateId: b.id, payload: { kind: dto.kind } });
      return this.view(m, b.id, user);
    });
  }

  /** Status and resolution: 已化解 needs a resolution type (Art 27), 已终结 is 依法终结. */
  async resolve(id: string, dto: BacklogResolutionDto, user: CurrentUser): Promise<BacklogCaseView> {
    if (dto.status === 'RESOLVED' && (!dto.resolutionType || dto.resolutionType === 'LAWFUL_TERMINATION'))
      throw invalidField('resolutionType', '已化解须选择化解方式（解决问题、思想教育、帮扶救助到位或依法处理）');
    if (dto.status === 'TERMINATED' && dto.resolutionType && dto.resolutionType !== 'LAWFUL_TERMINATION') throw invalidField('resolutionType', '已终结的化解方式为依法终结');
    if (dto.settledOn && dto.settledOn > chinaDate(new Date())) throw invalidField('settledOn', '息诉罢访确认日期不能晚于今天');
    return this.transactions.run(async (m) => {
      const b = await this.visible(m, id, user);
      const resolution = dto.status === 'TERMINATED' ? 'LAWFUL_TERMINATION' : dto.status === 'RESOLVED' ? dto.resolutionType : null;
      const updated: unknown[] = await m.query(
        // resolved_on: the day it was first marked 已化解/已终结 (积案化解率 counts it then); cleared on 反复.
        `UPDATE backlog_case SET status = $3::varchar, resolution_type = $4, settled_on = $5, version = version + 1,
           resolved_on = CASE WHEN $3::varchar IN ('RESOLVED', 'TERMINATED') THEN coalesce(resolved_on, $6::date) END
         WHERE id = $1 AND version = $2 RETURNING id`,
        [b.id, dto.expectedVersion, dto.status, resolution ?? null, dto.settledOn ?? null, chinaDate(new Date())],
      );
      if ((Array.isArray(updated[0]) ? (updated[0] as unknown[]) : updated).length === 0) throw conflict('该积案已被他人更新，请刷新页面后重新操作');
      await this.audit.record(m, {
        action: 'backlog.resolve',
        entityType: 'backlog_case',
        entityId: b.id,
        changes: { status: { before: b.status, after: dto.status } },
        reason: dto.note.trim(),
      });
      await this.outbox.record(m, { eventType: 'backlog.status-changed', aggregateType: 'backlog_case', aggregateId: b.id, payload: { from: b.status, to: dto.status } });
      return this.view(m, b.id, user);
    });
  }

  async visible(m: EntityManager, id: string, user: CurrentUser): Promise<BacklogRow> {
    const params: unknown[] = [id];
    const visibleCases = visibleCasesSql(territoryOf(user), params);
    const rows: BacklogRow[] = await m.query(`${backlogSql(visibleCases)} WHERE b.id = $1 AND ${townshipCondition(territoryOf(user), 'b.township_id', params)}`, params);
    if (!rows[0]) throw backlogNotFound();
    return rows[0];
  }

  private async view(m: EntityManager, id: string, user: CurrentUser): Promise<BacklogCaseView> {
    const row = await this.visible(m, id, user);
    const activities: (Omit<LeaderActivityView, 'peopleMet' | 'recordedByName' | 'heldOn'> & { people_met: string; recorded_by_name: string; held_on: string })[] = await m.query(
      `SELECT a.id, a.kind, to_char(a.held_on, 'YYYY-MM-DD') AS held_on, a.place, a.leader, a.people_met, a.result, u.display_name AS recorded_by_name
       FROM leader_activity a JOIN app_user u ON u.id = a.recorded_by WHERE a.backlog_id = $1 ORDER BY a.held_on, a.created_at`,
      [id],
    );
    return toBacklogView(
      row,
      activities.map((a) => ({
        id: a.id,
        kind: a.kind,
        heldOn: a.held_on,
        place: a.place,
        leader: a.leader,
        peopleMet: a.people_met,
        result: a.result,
        recordedByName: a.recorded_by_name,
      })),
      chinaDate(new Date()),
    );
  }
}
