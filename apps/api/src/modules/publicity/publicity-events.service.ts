import { Injectable } from '@nestjs/common';
import type { CurrentUser, PublicityEventListResponse, PublicityEventView } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { forbidden, invalidField, notFound } from '../../core/http/api-errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import type { CreatePublicityEventDto } from './dto/create-publicity-event.dto';
import type { ListPublicityEventsQuery } from './dto/list-publicity-events.query';
import { PublicityEventEntity } from './entities/publicity-event.entity';
import { EVENT_SQL, type EventVillageRow, type PhotoRow, type PublicityEventRow, toEventView } from './publicity-event.row';

export const eventNotFound = (): ReturnType<typeof notFound> => notFound('宣传活动不存在或不在您的管辖范围内');

/** 宣传活动: recorded by the township (or the bureau), read within the reader's territory. */
@Injectable()
export class PublicityEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(dto: CreatePublicityEventDto, user: CurrentUser): Promise<PublicityEventView> {
    if (!coversTownship(territoryOf(user), dto.townshipId)) throw forbidden('只能登记本乡镇（开发区）的宣传活动');
    if (dto.heldOn > chinaDate(new Date())) throw invalidField('heldOn', '活动日期不能晚于今天');
    const villageIds = [...new Set(dto.villageIds)];
    return this.transactions.run(async (m) => {
      await this.checkPlace(m, dto.townshipId, villageIds);
      const { id } = await insertRow(
        m,
        PublicityEventEntity,
        {
          heldOn: dto.heldOn,
          townshipId: dto.townshipId,
          form: dto.form,
          topic: dto.topic.trim(),
          participants: dto.participants,
          note: dto.note?.trim() ?? '',
          createdBy: user.id,
        },
        ['id'],
      );
      await m.query('INSERT INTO publicity_event_village (event_id, village_id) SELECT $1, unnest($2::uuid[])', [id, villageIds]);
      await this.audit.record(m, {
        action: 'publicity.event.create',
        entityType: 'publicity_event',
        entityId: id,
        changes: { topic: { after: dto.topic.trim() }, villages: { after: villageIds.length } },
      });
      await this.outbox.record(m, {
        eventType: 'publicity.event-recorded',
        aggregateType: 'publicity_event',
        aggregateId: id,
        payload: { townshipId: dto.townshipId, heldOn: dto.heldOn },
      });
      return this.get(id, user, m);
    });
  }

  async list(query: ListPublicityEventsQuery, user: CurrentUser): Promise<PublicityEventListResponse> {
    const params: unknown[] = [];
    const conditions = [townshipCondition(territoryOf(user), 'e.township_id', params)];
    const add = (sql: string, ...values: unknown[]): void => {
      let out = sql;
      for (const v of values) {
        params.push(v);
        out = out.replace('?', `$${params.length}`);
      }
      conditions.push(out);
    };
    if (query.year) add('e.held_on BETWEEN ?::date AND ?::date', `${query.year}-01-01`, `${query.year}-12-31`);
    if (query.townshipId) add('e.township_id = ?::uuid', query.townshipId);
    if (query.after) {
      const cursor = decodeKeysetCursor(query.after);
      add('(e.held_on, e.id) < (?::date, ?::uuid)', cursor.key, cursor.id);
    }
    params.push(query.limit + 1);
    const rows: PublicityEventRow[] = await this.dataSource.query(
      `${EVENT_SQL} WHERE ${conditions.join(' AND ')} ORDER BY e.held_on DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await this.views(this.dataSource.manager, page),
      nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.held_on, last.id) : null,
    };
  }

  async get(id: string, user: CurrentUser, manager?: EntityManager): Promise<PublicityEventView> {
    const m = manager ?? this.dataSource.manager;
    const [view] = await this.views(m, [await this.visible(m, id, user)]);
    return view;
  }

  async visible(m: EntityManager, id: string, user: CurrentUser): Promise<PublicityEventRow> {
    const params: unknown[] = [id];
    const scope = townshipCondition(territoryOf(user), 'e.township_id', params);
    const rows: PublicityEventRow[] = await m.query(`${EVENT_SQL} WHERE e.id = $1 AND ${scope}`, params);
    if (!rows[0]) throw eventNotFound();
    return rows[0];
  }

  /** Events with their villages and photos, two queries for the whole page. */
  private async views(m: EntityManager, rows: PublicityEventRow[]): Promise<PublicityEventView[]> {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    const villages: EventVillageRow[] = await m.query(
      `SELECT ev.event_id, u.id, u.name, u.type FROM publicity_event_village ev JOIN org_unit u ON u.id = ev.village_id
       WHERE ev.event_id = ANY ($1::uuid[]) ORDER BY u.sort_order, u.name`,
      [ids],
    );
    const photos: PhotoRow[] = await m.query(
      'SELECT id, event_id, file_name, content_type, size_bytes, uploaded_at FROM publicity_photo WHERE event_id = ANY ($1::uuid[]) ORDER BY uploaded_at',
      [ids],
    );
    return rows.map((r) => toEventView(r, villages, photos));
  }

  /** The township exists and every village reached is one of its villages or communities. */
  private async checkPlace(m: EntityManager, townshipId: string, villageIds: string[]): Promise<void> {
    const township: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [townshipId]);
    if (township.length === 0) throw invalidField('townshipId', '请选择开展活动的乡镇（开发区）');
    const [{ n }]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM org_unit WHERE id = ANY ($1::uuid[]) AND parent_id = $2 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL`,
      [villageIds, townshipId],
    );
    if (n !== villageIds.length) throw invalidField('villageIds', '所选村（社区）须属于开展活动的乡镇，且未撤销');
  }
}
