import { Injectable } from '@nestjs/common';
import type { CurrentUser, HotspotDetailView, HotspotListResponse, HotspotView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { forbidden, invalidField, notFound } from '../../core/http/api-errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { visibleCasesSql } from '../petitions';
import { CalendarService } from '../calendar';
import type { CreateHotspotDto } from './dto/hotspot.dto';
import type { HotspotListQueryDto } from './dto/hotspot-list.query';
import { hotspotSql, type HotspotRow, toHotspotView } from './hotspot.rows';
import { hotspotDeadline, insertHotspot } from './hotspot-writer';

export const hotspotNotFound = (): ReturnType<typeof notFound> => notFound('隐患不存在或不在您的管辖范围内');

/** 信访隐患排查化解台账: registration, the ledger and one hotspot with its log and cases. */
@Injectable()
export class HotspotsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(dto: CreateHotspotDto, user: CurrentUser): Promise<HotspotDetailView> {
    if (!coversTownship(territoryOf(user), dto.townshipId)) throw forbidden('只能登记本乡镇（开发区）的隐患');
    if (dto.foundOn > chinaDate(new Date())) throw invalidField('foundOn', '排查日期不能晚于今天');
    return this.transactions.run(async (m) => {
      const categoryLabel = await this.checkReferences(m, dto);
      const { calendar } = await this.calendar.statutoryCalendar(m);
      const id = await insertHotspot(m, { ...dto, categoryLabel }, hotspotDeadline(dto.foundOn, dto.deadlineDays, calendar), user);
      await this.audit.record(m, { action: 'hotspot.create', entityType: 'risk_hotspot', entityId: id, changes: { riskLevel: { after: dto.riskLevel } } });
      await this.outbox.record(m, {
        eventType: 'hotspot.registered',
        aggregateType: 'risk_hotspot',
        aggregateId: id,
        payload: { townshipId: dto.townshipId, riskLevel: dto.riskLevel },
      });
      return this.detail(m, id, user);
    });
  }

  async list(query: HotspotListQueryDto, user: CurrentUser): Promise<HotspotListResponse> {
    const rows = await this.batch(this.dataSource.manager, query, user, query.after ? decodeKeysetCursor(query.after) : null, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const today = chinaDate(new Date());
    return { items: page.map((r) => toHotspotView(r, user.role, today)), nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.found_on, last.id) : null };
  }

  /** One keyset page of the ledger, newest 排查 first (also used by the export). */
  async batch(
    m: EntityManager,
    query: Omit<HotspotListQueryDto, 'limit' | 'after'>,
    user: CurrentUser,
    cursor: { key: string; id: string } | null,
    limit: number,
  ): Promise<HotspotRow[]> {
    const params: unknown[] = [];
    const visibleCases = visibleCasesSql(territoryOf(user), params);
    const conditions = [townshipCondition(territoryOf(user), 'h.township_id', params)];
    const add = (sql: string, ...values: unknown[]): void => {
      conditions.push(sql.replace(/\?/g, () => `$${params.push(values.shift())}`));
    };
    if (query.townshipId) add('h.township_id = ?::uuid', query.townshipId);
    if (query.status) add('h.status = ?', query.status);
    if (query.riskLevel) add('h.risk_level = ?::smallint', query.riskLevel);
    if (cursor) add('(h.found_on, h.id) < (?::date, ?::uuid)', cursor.key, cursor.id);
    params.push(limit);
    return m.query(`${hotspotSql(visibleCases)} WHERE ${conditions.join(' AND ')} ORDER BY h.found_on DESC, h.id DESC LIMIT $${params.length}`, params);
  }

  async get(id: string, user: CurrentUser): Promise<HotspotDetailView> {
    return this.detail(this.dataSource.manager, id, user);
  }

  /** The hotspot within the caller's territory, or 404 (its existence is not revealed). */
  async visible(m: EntityManager, id: string, user: CurrentUser, lock = false): Promise<HotspotRow> {
    const params: unknown[] = [id];
    const scope = townshipCondition(territoryOf(user), 'h.township_id', params);
    if (lock) await m.query(`SELECT 1 FROM risk_hotspot h WHERE h.id = $1 AND ${scope} FOR UPDATE`, params);
    const visibleCases = visibleCasesSql(territoryOf(user), params);
    const rows: HotspotRow[] = await m.query(`${hotspotSql(visibleCases)} WHERE h.id = $1 AND ${scope}`, params);
    if (!rows[0]) throw hotspotNotFound();
    return rows[0];
  }

  async detail(m: EntityManager, id: string, user: CurrentUser): Promise<HotspotDetailView> {
    const row = await this.visible(m, id, user);
    const followUps: { id: string; at: Date; author_name: string; content: string; action: HotspotDetailView['followUps'][number]['action'] }[] = await m.query(
      'SELECT f.id::text AS id, f.at, u.display_name AS author_name, f.content, f.action FROM hotspot_follow_up f JOIN app_user u ON u.id = f.author_id WHERE f.hotspot_id = $1 ORDER BY f.id',
      [id],
    );
    // Only the linked cases the caller may see: never an accusation against their unit, nor another township's case.
    const caseParams: unknown[] = [id];
    const cases: { id: string; case_no: string; title: string }[] = await m.query(
      `SELECT c.id, c.case_no, c.title FROM hotspot_case hc JOIN ${visibleCasesSql(territoryOf(user), caseParams)} c ON c.id = hc.case_id
       WHERE hc.hotspot_id = $1 ORDER BY hc.linked_at`,
      caseParams,
    );
    const view: HotspotView = toHotspotView(row, user.role, chinaDate(new Date()));
    return {
      ...view,
      followUps: followUps.map((f) => ({ id: f.id, at: f.at.toISOString(), authorName: f.author_name, content: f.content, action: f.action })),
      linkedCases: cases.map((c) => ({ id: c.id, caseNo: c.case_no, title: c.title })),
    };
  }

  /** The township, its village and the category exist; returns the category label to store. */
  private async checkReferences(m: EntityManager, dto: CreateHotspotDto): Promise<string> {
    const township: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [dto.townshipId]);
    if (township.length === 0) throw invalidField('townshipId', '请选择属地乡镇（开发区）');
    if (dto.villageId) {
      const village: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND parent_id = $2 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL`, [
        dto.villageId,
        dto.townshipId,
      ]);
      if (village.length === 0) throw invalidField('villageId', '所选村（社区）须属于属地乡镇');
    }
    const [category]: { label: string }[] = await m.query('SELECT label FROM content_category WHERE code = $1 AND retired_at IS NULL', [dto.categoryCode]);
    if (!category) throw invalidField('categoryCode', '隐患类别无效，请从内容分类中选择');
    return category.label;
  }
}
