import { Injectable } from '@nestjs/common';
import { type CurrentUser, HOTSPOT_ACTION_LABELS, HOTSPOT_STATUS_LABELS, type HotspotDetailView } from '@julu/contracts';
import { addDays, checkHotspotAction, chinaDate } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { territoryOf } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { conflict, forbidden, invalidField } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { isCaseVisible } from '../petitions';
import { NotificationsService } from '../workflow';
import type { HotspotFollowUpDto, HotspotTransitionDto, LinkHotspotCaseDto } from './dto/hotspot.dto';
import { BacklogCaseEntity } from './entities/backlog-case.entity';
import { HotspotFollowUpEntity } from './entities/hotspot-follow-up.entity';
import type { HotspotRow } from './hotspot.rows';
import { nextRegisterNo } from './hotspot-writer';
import { HotspotsService } from './hotspots.service';

const STALE = '该隐患已被他人更新，请刷新页面后重新操作';
/** A backlog case converted from a hotspot gets the usual target of three months (DOMAIN.md §2.5). */
const BACKLOG_TARGET_DAYS = 90;

/** Status changes (with 销号 approval), the append-only 动态记录, and links to cases. */
@Injectable()
export class HotspotActionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly hotspots: HotspotsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async transition(id: string, dto: HotspotTransitionDto, user: CurrentUser): Promise<HotspotDetailView> {
    return this.transactions.run(async (m) => {
      const h = await this.hotspots.visible(m, id, user, true);
      if (h.version !== dto.expectedVersion) throw conflict(STALE);
      const check = checkHotspotAction(dto.action, h.status, h.close_requested, user.role);
      if (!check.allowed) throw check.status === 403 ? forbidden(check.reason) : conflict(check.reason);
      const today = chinaDate(new Date());
      const closing = dto.action === 'APPROVE_CLOSE';
      const backlogId = dto.action === 'TO_BACKLOG' ? await this.convertToBacklog(m, h, user, today) : null;
      await m.query(
        `UPDATE risk_hotspot SET status = $2, close_requested = $3, closed_on = CASE WHEN $4 THEN $5::date ELSE closed_on END,
           closed_by = CASE WHEN $4 THEN $6::uuid ELSE closed_by END, backlog_case_id = COALESCE($7::uuid, backlog_case_id), version = version + 1, updated_at = now()
         WHERE id = $1`,
        [h.id, check.to, check.closeRequested, closing, today, user.id, backlogId],
      );
      const change = h.status === check.to ? '' : `（${HOTSPOT_STATUS_LABELS[h.status]} → ${HOTSPOT_STATUS_LABELS[check.to]}）`;
      const line = `${HOTSPOT_ACTION_LABELS[dto.action]}${change}：${dto.note.trim()}`;
      await insertRow(m, HotspotFollowUpEntity, { hotspotId: h.id, authorId: user.id, action: dto.action, content: line });
      await this.audit.record(m, {
        action: `hotspot.${dto.action.toLowerCase()}`,
        entityType: 'risk_hotspot',
        entityId: h.id,
        changes: { status: { before: h.status, after: check.to } },
      });
      await this.outbox.record(m, {
        eventType: 'hotspot.transitioned',
        aggregateType: 'risk_hotspot',
        aggregateId: h.id,
        payload: { action: dto.action, from: h.status, to: check.to },
      });
      if (dto.action === 'REQUEST_CLOSE') {
        await this.notifications.notifyRole(m, 'SUPERVISOR', {
          kind: 'HOTSPOT',
          title: `隐患销号申请：${h.hotspot_no}`,
          body: `${h.township_name}申请对隐患“${h.description.slice(0, 40)}”销号，请审批。`,
          caseId: null,
          dedupeKey: `hotspot-close:${h.id}:${h.version}`,
        });
      }
      return this.hotspots.detail(m, h.id, user);
    });
  }

  /** 动态记录: appended, never changed (the table refuses updates and deletes). */
  async addFollowUp(id: string, dto: HotspotFollowUpDto, user: CurrentUser): Promise<HotspotDetailView> {
    return this.transactions.run(async (m) => {
      const h = await this.hotspots.visible(m, id, user);
      await insertRow(m, HotspotFollowUpEntity, { hotspotId: h.id, authorId: user.id, action: null, content: dto.content.trim() });
      await this.audit.record(m, { action: 'hotspot.follow_up', entityType: 'risk_hotspot', entityId: h.id });
      await this.outbox.record(m, { eventType: 'hotspot.followed-up', aggregateType: 'risk_hotspot', aggregateId: h.id, payload: {} });
      return this.hotspots.detail(m, h.id, user);
    });
  }

  /** Links a case the caller can see (linking twice is harmless). */
  async linkCase(id: string, dto: LinkHotspotCaseDto, user: CurrentUser): Promise<HotspotDetailView> {
    return this.transactions.run(async (m) => {
      const h = await this.hotspots.visible(m, id, user);
      if (!(await isCaseVisible(m, dto.caseId, territoryOf(user)))) throw invalidField('caseId', '信访事项不存在或不在您的管辖范围内');
      const added: unknown[] = await m.query('INSERT INTO hotspot_case (hotspot_id, case_id, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id', [
        h.id,
        dto.caseId,
        user.id,
      ]);
      if (added.length > 0) {
        await this.audit.record(m, { action: 'hotspot.link_case', entityType: 'risk_hotspot', entityId: h.id, changes: { caseId: { after: dto.caseId } } });
        await this.outbox.record(m, { eventType: 'hotspot.case-linked', aggregateType: 'risk_hotspot', aggregateId: h.id, payload: { caseId: dto.caseId } });
      }
      return this.hotspots.detail(m, h.id, user);
    });
  }

  /** 转积案: a backlog case carrying the hotspot's leader, unit, people and measures as its 五定. */
  private async convertToBacklog(m: EntityManager, h: HotspotRow, user: CurrentUser, today: string): Promise<string> {
    const backlogNo = await nextRegisterNo(m, 'JA', Number(today.slice(0, 4)));
    const { id } = await insertRow(
      m,
      BacklogCaseEntity,
      {
        backlogNo,
        title: h.description.slice(0, 200),
        origin: 'LOCAL_SCREENING',
        townshipId: h.township_id,
        hotspotId: h.id,
        leader: h.leader_in_charge,
        responsibleOrg: h.responsible_org,
        team: `${h.responsible_person}、${h.stability_person}`,
        task: h.main_demand,
        responsibility: `${h.responsible_org}负责化解，${h.stability_person}负责稳控`,
        plan: h.measures_resolve,
        deadline: addDays(today, BACKLOG_TARGET_DAYS),
        createdBy: user.id,
      },
      ['id'],
    );
    await m.query('INSERT INTO backlog_case_link (backlog_id, case_id) SELECT $1, case_id FROM hotspot_case WHERE hotspot_id = $2', [id, h.id]);
    return id;
  }
}
