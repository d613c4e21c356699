import { Injectable } from '@nestjs/common';
import type { CurrentUser, ReturnEscortPage, ReturnEscortRequest, ReturnEscortView } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { Transactions } from '../../../core/database/transactions';
import { insertRow, type RowValues, updateRows } from '../../../core/database/typed-writes';
import { invalidField, notFound } from '../../../core/http/api-errors';
import { AuditService, changedFields } from '../../audit';
import { isCaseVisible, visibleCaseIdSql } from '../../petitions';
import { NotificationsService } from '../../workflow';
import { decodeCursor, dutyUnit, dutyUnitCondition, encodeCursor } from '../duty-units';
import { ReturnEscortEntity } from '../entities/return-escort.entity';

interface EscortRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: ReturnEscortView['kind'];
  petitioner_names: string;
  people_count: number;
  found_at: Date;
  place: string;
  place_kind: ReturnEscortView['placeKind'];
  matter: string;
  staff: string[];
  leader_name: string;
  departure_at: Date | null;
  arrival_at: Date | null;
  transport: string;
  cost_fen: string;
  cost_note: string;
  /** The linked case if the caller may see it (else null: its id is not revealed). */
  visible_case_id: string | null;
  voluntary: boolean;
  voluntariness_note: string;
  follow_up: string;
  creator_id: string;
  creator_name: string;
  created_at: Date;
}

/** `visibleCaseId`: the linked case's id if the caller may see it (petitions' visibleCaseIdSql). */
const select = (visibleCaseId: string): string => `SELECT e.*, u.name AS unit_name, cu.id AS creator_id, cu.display_name AS creator_name,
    ${visibleCaseId} AS visible_case_id
  FROM return_escort e JOIN org_unit u ON u.id = e.unit_id JOIN app_user cu ON cu.id = e.created_by`;
const NOT_FOUND = '劝返/接返记录不存在或不在您的管辖范围内';
const CASE_REQUIRED = '请关联本次劝返/接返所涉的信访事项（来访登记所属的事项）：劝返须同时推动问题本身的处理（DOMAIN.md §3.4）';
const LAWFUL_SITE =
  '信访人在依法设立的信访接待场所（本局接待中心或本级、上一级机关的信访接待场所）走访反映问题是其权利（《信访工作条例》第二十条），不得劝返；如是应接待场所要求接其返回，请登记为“接返”';

const toView = (r: EscortRow): ReturnEscortView => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  kind: r.kind,
  petitionerNames: r.petitioner_names,
  peopleCount: r.people_count,
  foundAt: r.found_at.toISOString(),
  place: r.place,
  placeKind: r.place_kind,
  matter: r.matter,
  staff: r.staff,
  leaderName: r.leader_name,
  departureAt: r.departure_at?.toISOString() ?? null,
  arrivalAt: r.arrival_at?.toISOString() ?? null,
  transport: r.transport,
  costYuan: Number(r.cost_fen) / 100,
  costNote: r.cost_note,
  caseId: r.visible_case_id,
  voluntary: r.voluntary,
  voluntarinessNote: r.voluntariness_note,
  followUp: r.follow_up,
  createdBy: { id: r.creator_id, name: r.creator_name },
  createdAt: r.created_at.toISOString(),
});

const auditable = (v: ReturnEscortView): Record<string, unknown> => ({
  unitId: v.unitId,
  kind: v.kind,
  petitionerNames: v.petitionerNames,
  peopleCount: v.peopleCount,
  foundAt: v.foundAt,
  place: v.place,
  placeKind: v.placeKind,
  matter: v.matter,
  staff: v.staff.join('、'),
  leaderName: v.leaderName,
  departureAt: v.departureAt,
  arrivalAt: v.arrivalAt,
  transport: v.transport,
  costYuan: v.costYuan,
  costNote: v.costNote,
  caseId: v.caseId,
  voluntary: v.voluntary,
  voluntarinessNote: v.voluntarinessNote,
  followUp: v.followUp,
});

/**
 * 劝返/接返 records (DOMAIN.md §3.4): who, from where, the matter and its case, staff, times and
 * costs, and the person's voluntariness. Nothing here records or supports holding anyone.
 */
@Injectable()
export class EscortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(query: { unitId?: string; cursor?: string; limit: number }, user: CurrentUser): Promise<ReturnEscortPage> {
    const params: unknown[] = [];
    const visibleCaseId = visibleCaseIdSql('e.case_id', territoryOf(user), params);
    const where = [dutyUnitCondition(user, 'e.unit_id', params)];
    if (query.unitId) where.push(`e.unit_id = $${params.push(query.unitId)}`);
    const after = decodeCursor(query.cursor);
    if (after) where.push(`(e.found_at, e.id) < ($${params.push(after.key)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows: EscortRow[] = await this.dataSource.query(
      `${select(visibleCaseId)} WHERE ${where.join(' AND ')} ORDER BY e.found_at DESC, e.id DESC LIMIT ${query.limit + 1}`,
      params,
    );
    const items = rows.slice(0, query.limit).map(toView);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.foundAt, last.id) : null };
  }

  async get(id: string, user: CurrentUser, m: EntityManager = this.dataSource.manager): Promise<ReturnEscortView> {
    const params: unknown[] = [id];
    const visibleCaseId = visibleCaseIdSql('e.case_id', territoryOf(user), params);
    const [row]: EscortRow[] = await m.query(`${select(visibleCaseId)} WHERE e.id = $1 AND ${dutyUnitCondition(user, 'e.unit_id', params)}`, params);
    if (!row) throw notFound(NOT_FOUND);
    return toView(row);
  }

  async create(dto: ReturnEscortRequest, user: CurrentUser): Promise<ReturnEscortView> {
    return this.transactions.run(async (m) => {
      if (!dto.caseId) throw invalidField('caseId', CASE_REQUIRED);
      const values = await this.values(m, dto, user);
      const { id } = await insertRow(m, ReturnEscortEntity, { ...values, createdBy: user.id }, ['id']);
      await this.audit.record(m, {
        action: 'return_escort.create',
        entityType: 'return_escort',
        entityId: id,
        changes: { kind: { after: dto.kind }, voluntary: { after: dto.voluntary } },
      });
      const created = await this.get(id, user, m);
      if (!dto.voluntary) await this.alertInvoluntary(m, created, dto.caseId);
      return created;
    });
  }

  async update(id: string, dto: ReturnEscortRequest, user: CurrentUser): Promise<ReturnEscortView> {
    return this.transactions.run(async (m) => {
      const before = await this.get(id, user, m);
      const values = await this.values(m, dto, user);
      // A link to a case the caller may not see is kept unless they link another: they never saw it to clear it.
      const [{ linked }]: { linked: boolean }[] = await m.query('SELECT case_id IS NOT NULL AS linked FROM return_escort WHERE id = $1', [id]);
      const keepHiddenLink = linked && before.caseId === null && !dto.caseId;
      if (!dto.caseId && !keepHiddenLink) throw invalidField('caseId', CASE_REQUIRED);
      await updateRows(m, ReturnEscortEntity, { id }, { ...values, caseId: keepHiddenLink ? undefined : values.caseId, updatedAt: new Date() });
      const after = await this.get(id, user, m);
      await this.audit.record(m, { action: 'return_escort.update', entityType: 'return_escort', entityId: id, changes: changedFields(auditable(before), auditable(after)) });
      if (!dto.voluntary) {
        const [{ case_id }]: { case_id: string | null }[] = await m.query('SELECT case_id FROM return_escort WHERE id = $1', [id]);
        await this.alertInvoluntary(m, after, case_id);
      }
      return after;
    });
  }

  /**
   * A return the person did not agree to is reported at once to the bureau's leaders (局领导): the
   * 条例 forbids restricting anyone's liberty and any retaliation (Arts 18, 46), so they must check
   * it (DOMAIN.md §3.4). Once per record.
   */
  private async alertInvoluntary(m: EntityManager, e: ReturnEscortView, caseId: string | null): Promise<void> {
    const kind = e.kind === 'PERSUADE' ? '劝返' : '接返';
    await this.notifications.notifyRole(m, 'SUPERVISOR', {
      kind: 'ESCORT_INVOLUNTARY',
      title: `非自愿${kind}：${e.unitName} ${e.petitionerNames}（${e.place}）`,
      body: `${e.unitName}登记的${kind}记录中，信访人并非自愿返回：${e.voluntarinessNote}。请局领导立即核实：不得限制信访人人身自由，不得打击报复，并督促依法处理其反映的事项。`,
      caseId,
      dedupeKey: `escort-involuntary:${e.id}`,
    });
  }

  private async values(m: EntityManager, dto: ReturnEscortRequest, user: CurrentUser): Promise<RowValues<ReturnEscortEntity>> {
    const unit = await dutyUnit(m, dto.unitId, user);
    if (dto.kind === 'PERSUADE' && dto.placeKind === 'RECEPTION_SITE') throw invalidField('placeKind', LAWFUL_SITE);
    if (dto.departureAt && dto.arrivalAt && new Date(dto.arrivalAt) < new Date(dto.departureAt)) throw invalidField('arrivalAt', '到达时间不能早于出发时间');
    if (dto.caseId && !(await isCaseVisible(m, dto.caseId, territoryOf(user)))) throw invalidField('caseId', '关联的信访事项不存在或不在您的管辖范围内');
    const staff = dto.staff.map((s) => s.trim()).filter(Boolean);
    if (staff.length === 0) throw invalidField('staff', '请填写工作人员');
    return {
      unitId: unit.id,
      kind: dto.kind,
      petitionerNames: dto.petitionerNames.trim(),
      peopleCount: dto.peopleCount,
      foundAt: dto.foundAt,
      place: dto.place.trim(),
      placeKind: dto.placeKind,
      matter: dto.matter.trim(),
      staff,
      leaderName: dto.leaderName.trim(),
      departureAt: dto.departureAt ?? null,
      arrivalAt: dto.arrivalAt ?? null,
      transport: dto.transport?.trim() ?? '',
      costFen: String(Math.round((dto.costYuan ?? 0) * 100)),
      costNote: dto.costNote?.trim() ?? '',
      caseId: dto.caseId ?? null,
      voluntary: dto.voluntary,
      voluntarinessNote: dto.voluntarinessNote.trim(),
      followUp: dto.followUp?.trim() ?? '',
    };
  }
}
