import { Injectable } from '@nestjs/common';
import { type CaseWorkflowView, type CurrentUser, type RecordEvaluationRequest, SATISFACTION_RESULT_LABELS, EVALUATION_STAGE_LABELS } from '@julu/contracts';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { conflict, forbidden } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { caseStatusOf, markCaseChanged } from '../../petitions';
import { CaseEventsService } from '../transitions/case-events.service';
import { loadWorkflowCase, workflowActor } from '../transitions/case-context';
import { CaseWorkflowQueries } from '../case-workflow.queries';
import { CaseEvaluationEntity } from '../entities/case-evaluation.entity';
import { caseEvaluations } from './evaluation-status';

/**
 * 满意度评价 of the 受理 and 办理 stages (DOMAIN.md §1.8): by the petitioner on the public page or
 * by staff from a follow-up call (回访); once per stage; only while the stage's window is open.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly events: CaseEventsService,
    private readonly audit: AuditService,
    private readonly views: CaseWorkflowQueries,
    private readonly outbox: OutboxService,
  ) {}

  /** Staff record the answer of a 回访 call (the handling unit, being evaluated, may not — nor its own staff at the bureau or a township). */
  async recordByStaff(caseId: string, request: RecordEvaluationRequest, user: CurrentUser): Promise<CaseWorkflowView> {
    return this.transactions.run(async (m) => {
      const c = await loadWorkflowCase(m, caseId, user);
      const actor = await workflowActor(m, c, user);
      if (!actor.intakeOrgan || user.role === 'HANDLER') throw forbidden('回访评价由信访部门或乡镇信访干部录入，承办单位不能为自己录入评价');
      // Whoever handled the matter is the one evaluated (谁办理、谁接受评价): the bureau or a township included.
      if (actor.handlingUnitMember) throw forbidden('该事项由本单位办理，不能为本单位的工作录入满意度评价，请由其他信访部门或属地乡镇回访录入');
      await this.record(m, caseId, request, 'CALLBACK', user.id);
      return this.views.viewIn(m, caseId, user);
    });
  }

  /** Records one stage's evaluation if the stage is open; 409 with the reason otherwise. */
  async record(m: EntityManager, caseId: string, request: RecordEvaluationRequest, source: 'PUBLIC' | 'CALLBACK', userId: string | null): Promise<void> {
    const views = await caseEvaluations(m, caseId, this.config.EVALUATION_WINDOW_DAYS, new Date());
    const view = views.find((v) => v.stage === request.stage);
    const stage = EVALUATION_STAGE_LABELS[request.stage];
    if (view?.status === 'EVALUATED') throw conflict(`${stage}已评价，不能重复评价`);
    if (view?.status === 'NOT_YET') throw conflict(`${stage}的告知书（意见书）尚未送达，暂不能评价`);
    if (view?.status === 'NOT_PARTICIPATED') throw conflict(`${stage}的评价期已于 ${view.windowEndsOn ?? ''} 结束，计为未参评`);
    // The primary key (case, stage) turns a concurrent second answer into a 409 as well.
    await insertRow(m, CaseEvaluationEntity, { caseId, stage: request.stage, result: request.result, source, comment: request.comment?.trim() || null, recordedBy: userId });
    const status = await caseStatusOf(m, caseId);
    await markCaseChanged(m, caseId);
    await this.events.record(m, caseId, {
      action: 'EVALUATE',
      from: status as never,
      to: status as never,
      actorId: userId,
      note: `${stage}：${SATISFACTION_RESULT_LABELS[request.result]}（${source === 'PUBLIC' ? '信访人网上评价' : '回访录入'}）`,
      details: { stage: request.stage, result: request.result, source },
    });
    await this.audit.record(m, { action: 'case.evaluate', entityType: 'petition_case', entityId: caseId, changes: { [request.stage]: { after: request.result } } });
    await this.outbox.record(m, { eventType: 'case.evaluated', aggregateType: 'petition_case', aggregateId: caseId, payload: { stage: request.stage } });
  }
}
