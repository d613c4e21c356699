import { Injectable } from '@nestjs/common';
import {
  CASE_ACTION_LABELS,
  type CaseState,
  type CaseTransitionRequest,
  type CaseWorkflowView,
  type ClockCode,
  type CurrentUser,
  type NoticeKind,
  SUPERVISION_LEVEL_LABELS,
} from '@julu/contracts';
import { chinaDate, checkTransition, CLOSED_STATES, type TransitionRule, transitionRule } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { conflict, forbidden } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { caseHeadingOf, type CaseStateChange, setCaseState } from '../../petitions';
import { ClocksService } from '../clocks/clocks.service';
import { NotificationsService } from '../inbox/notifications.service';
import { NoticesService } from '../notices/notices.service';
import { noticeOrganPrefix } from '../notices/notice-templates';
import { CaseWorkflowQueries } from '../case-workflow.queries';
import { loadWorkflowCase, type WorkflowCaseRow, workflowActor, workflowFacts } from './case-context';
import { CaseEventsService } from './case-events.service';
import { checkReviewRequestDates, requestMadeOn } from './review-request-checks';
import { checkReceivedOn, checkReferences, checkRequiredFields } from './transition-checks';

export const STALE_VERSION = '该事项已被他人更新，请刷新页面后重新操作';

/**
 * Applies one workflow action (DOMAIN.md §1.10) in one transaction: the optimistic lock on the
 * case version (a concurrent conflicting action gets 409), the table's guards, the clocks it starts
 * and stops, the notice it issues, the timeline, audit and `case.transitioned`.
 */
@Injectable()
export class TransitionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly clocks: ClocksService,
    private readonly notices: NoticesService,
    private readonly events: CaseEventsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly views: CaseWorkflowQueries,
  ) {}

  async apply(caseId: string, request: CaseTransitionRequest, user: CurrentUser): Promise<CaseWorkflowView> {
    return this.transactions.run(async (m) => {
      const c = await loadWorkflowCase(m, caseId, user);
      if (c.version !== request.expectedVersion) throw conflict(STALE_VERSION);
      const now = new Date();
      const today = chinaDate(now);
      const active = await this.clocks.active(m, c.id);
      const delivered = await this.views.deliveredNotices(m, c.id);
      checkReceivedOn(c, request, active, today);
      const facts = workflowFacts(c, active, delivered, today, requestMadeOn(request, today));
      const check = checkTransition(request.action, facts, await workflowActor(m, c, user));
      if (!check.allowed) throw check.status === 403 ? forbidden(check.reason) : conflict(check.reason);
      const rule = transitionRule(request.action);
      checkRequiredFields(rule, request);
      await checkReferences(m, c, request, facts, today, user);
      checkReviewRequestDates(request, facts.petitionerWindow ? active.get(facts.petitionerWindow) : undefined, today);

      await this.updateCase(m, c, request, check.to, user, now);
      const handlingUnitId = request.handlingUnitId ?? c.handling_unit_id ?? user.orgUnitId;
      await this.applyClocks(m, c, rule, request, { today, now, handlingUnitId, bureauUnitId: user.orgUnitId });
      if (rule.notice) await this.issueNotice(m, c, rule.notice, request, handlingUnitId, user, today);
      await this.clocks.refreshOverdue(m, c.id, today);
      await this.events.record(m, c.id, { action: request.action, from: c.status, to: check.to, actorId: user.id, note: request.note ?? null, details: eventDetails(request) });
      await this.audit.record(m, {
        action: `case.${request.action.toLowerCase()}`,
        entityType: 'petition_case',
        entityId: c.id,
        changes: { status: { before: c.status, after: check.to } },
      });
      await this.outbox.record(m, {
        eventType: 'case.transitioned',
        aggregateType: 'petition_case',
        aggregateId: c.id,
        payload: { action: request.action, from: c.status, to: check.to },
      });
      await this.notify(m, c, request, handlingUnitId);
      return this.views.viewIn(m, c.id, user);
    });
  }

  private async updateCase(m: EntityManager, c: WorkflowCaseRow, r: CaseTransitionRequest, to: CaseState, user: CurrentUser, now: Date): Promise<void> {
    const change: CaseStateChange = { status: to };
    if (r.action === 'FORWARD' || r.action === 'ASSIGN') {
      change.handlingUnitId = r.handlingUnitId ?? null;
      change.disposition = r.action;
    }
    if (r.action === 'ACCEPT' && !c.handling_unit_id) change.handlingUnitId = user.orgUnitId;
    if (r.action === 'RETURN') {
      change.handlingUnitId = null;
      change.disposition = null;
    }
    const closing = CLOSED_STATES.includes(to as never) && to !== 'ARCHIVED';
    if (r.action === 'SUPERVISE') change.supervision = { level: r.supervisionLevel ?? null, since: now, note: r.note ?? null };
    if (r.action === 'CANCEL_SUPERVISION' || closing) change.supervision = null;
    if (closing) change.closedAt = now;
    // A 复查/复核 request within the window reopens a provisionally closed case (Arts 35, 36).
    if (c.status === 'CLOSED' && !CLOSED_STATES.includes(to as never)) change.closedAt = null;
    if (!(await setCaseState(m, c.id, { version: c.version }, change))) throw conflict(STALE_VERSION);
  }

  private async applyClocks(
    m: EntityManager,
    c: WorkflowCaseRow,
    rule: TransitionRule,
    r: CaseTransitionRequest,
    ctx: { today: string; now: Date; handlingUnitId: string | null; bureauUnitId: string | null },
  ): Promise<void> {
    const effects = rule.clocks;
    if (effects.stop?.length) await this.clocks.stop(m, c.id, effects.stop, CASE_ACTION_LABELS[r.action], ctx.now);
    for (const code of effects.pause ?? [])
      await this.clocks.pause(m, c.id, code, ctx.today, r.action === 'START_HEARING' ? '听证时间不计入复核期限' : CASE_ACTION_LABELS[r.action]);
    for (const code of effects.resume ?? []) await this.clocks.resume(m, c.id, code, ctx.today);
    for (const code of effects.extend ?? []) await this.clocks.extend(m, c.id, code, (await this.requestedExtension(m, c.id)).days, ctx.today);
    for (const listed of effects.start ?? []) {
      // A returned matter restarts the intake clock of whoever registered it (D1 bureau, D2 township).
      const code = listed === 'D1' ? await this.intakeClock(m, c.id) : listed;
      const startedOn = (code === 'D7' || code === 'D9') && r.receivedOn ? r.receivedOn : ctx.today;
      const amount = code === 'D10' ? r.feedbackDays : undefined;
      await this.clocks.start(m, { caseId: c.id, code, startedOn, responsibleUnitId: responsibleUnit(code, c, ctx), amount });
    }
  }

  private async intakeClock(m: EntityManager, caseId: string): Promise<ClockCode> {
    const [row]: { code: ClockCode }[] = await m.query(`SELECT code FROM case_clock WHERE case_id = $1 AND code IN ('D1', 'D2') ORDER BY created_at LIMIT 1`, [caseId]);
    return row?.code ?? 'D1';
  }

  /** The days and the reason given in the pending REQUEST_EXTENSION. */
  private async requestedExtension(m: EntityManager, caseId: string): Promise<{ days: number; reason: string | null }> {
    const [row]: { days: number | null; note: string | null }[] = await m.query(
      `SELECT (details->>'extensionDays')::int AS days, note FROM case_event WHERE case_id = $1 AND action = 'REQUEST_EXTENSION' ORDER BY id DESC LIMIT 1`,
      [caseId],
    );
    if (!row?.days) throw conflict('未找到延期申请的天数，请重新提出延期申请');
    return { days: row.days, reason: row.note };
  }

  /**
   * The notice goes out in the deciding organ's name: the organ holding the matter (Arts 22, 23).
   * A 复查/复核意见书 is the 复查/复核机关's own document (Arts 35, 36): the bureau records it under
   * that organ's name and document number and never numbers or signs it itself.
   */
  private async issueNotice(
    m: EntityManager,
    c: WorkflowCaseRow,
    kind: NoticeKind,
    request: CaseTransitionRequest,
    decidingUnitId: string | null,
    user: CurrentUser,
    today: string,
  ): Promise<void> {
    const extended = kind === 'EXTENSION' ? ((await this.clocks.active(m, c.id)).get('D5')?.due_on ?? null) : null;
    const priorCaseNo = request.priorCaseId ? ((await caseHeadingOf(m, request.priorCaseId))?.caseNo ?? null) : null;
    // No deciding unit: the bureau decided, and the notice carries its name and 机关代字.
    const [unit]: { name: string; type: string; document_abbr: string | null; county_name: string | null }[] = await m.query(
      `SELECT u.name, u.type, u.document_abbr, (SELECT name FROM org_unit WHERE type = 'COUNTY' ORDER BY created_at LIMIT 1) AS county_name
       FROM org_unit u WHERE ${decidingUnitId ? 'u.id = $1' : `u.type = 'BUREAU' AND u.retired_at IS NULL ORDER BY u.created_at LIMIT 1`}`,
      decidingUnitId ? [decidingUnitId] : [],
    );
    if (!unit) throw conflict('未找到出具告知书的机关，请先在组织机构中设置信访局');
    const reviewOpinion = kind === 'REVIEW_OPINION' || kind === 'REREVIEW_OPINION';
    const numberPrefix = noticeOrganPrefix({ name: unit.name, documentAbbr: unit.document_abbr, countyName: unit.county_name });
    const issuer =
      reviewOpinion && request.reviewOrgan ? { name: request.reviewOrgan.trim(), numberPrefix, documentNo: request.opinionNo?.trim() } : { name: unit.name, numberPrefix };
    const context = {
      caseNo: c.case_no,
      title: c.title,
      mainRequest: c.main_request,
      factsReasons: c.facts_reasons,
      receivedOn: c.received_on,
      request,
      priorCaseNo,
      newDueOn: extended,
      // Art 34: the 延期告知书 states the reason and the days given in the request the head approved.
      extension: kind === 'EXTENSION' ? await this.requestedExtension(m, c.id) : null,
      petitionBureau: unit.type === 'BUREAU',
      visit: c.channel === 'VISIT',
    };
    await this.notices.issue(m, c, kind, context, issuer, user, today);
  }

  private async notify(m: EntityManager, c: WorkflowCaseRow, r: CaseTransitionRequest, handlingUnitId: string | null): Promise<void> {
    if ((r.action === 'FORWARD' || r.action === 'ASSIGN') && r.handlingUnitId) {
      await this.notifications.notifyUnit(m, r.handlingUnitId, {
        kind: 'ASSIGNMENT',
        title: `新${CASE_ACTION_LABELS[r.action]}事项：${c.case_no}`,
        body: `“${c.title}”已${CASE_ACTION_LABELS[r.action]}你单位，请在 5 个工作日内决定是否提出异议，15 日内书面告知受理情况。`,
        caseId: c.id,
        dedupeKey: `assign:${c.id}:${c.version}`,
      });
    }
    if (r.action === 'SUPERVISE' && handlingUnitId && r.supervisionLevel) {
      await this.notifications.notifyUnit(m, handlingUnitId, {
        kind: 'SUPERVISION',
        title: `${SUPERVISION_LEVEL_LABELS[r.supervisionLevel]}：${c.case_no}`,
        body: r.note ?? '',
        caseId: c.id,
        dedupeKey: `supervise:${c.id}:${c.version}`,
      });
    }
  }
}

function responsibleUnit(code: ClockCode, c: WorkflowCaseRow, ctx: { handlingUnitId: string | null; bureauUnitId: string | null }): string | null {
  if (code === 'D1' || code === 'D2') return c.registering_unit_id;
  if (code === 'D7' || code === 'D9') return ctx.bureauUnitId;
  return ctx.handlingUnitId;
}

function eventDetails(r: CaseTransitionRequest): Record<string, unknown> {
  const recorded = new Set(['action', 'expectedVersion', 'note']);
  return Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== undefined && !recorded.has(k)));
}
