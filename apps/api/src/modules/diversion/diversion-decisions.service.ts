import { Injectable } from '@nestjs/common';
import type { CurrentUser, DiversionCaseView, DiversionView } from '@julu/contracts';
import { chinaDate, clockSentence, decisionSnapshot } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { territoryOf } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { invalidField, notFound } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { caseCondition, flagLawRelated } from '../petitions';
import { TransitionsService } from '../workflow';
import { DiversionCasesService } from './diversion-cases.service';
import { DiversionRulesService } from './diversion-rules.service';
import { DIVERSION_SQL, type DiversionRow, toDiversionView } from './diversion.rows';
import type { ChannelFollowUpDto, DivertCaseDto } from './dto/diversion-case.dto';
import { DiversionFollowUpEntity } from './entities/diversion-follow-up.entity';

export const diversionNotFound = (): ReturnType<typeof notFound> => notFound('分流记录不存在或不在您的管辖范围内');

/**
 * Confirming a route: the workflow's DIVERT action (state 分流, intake clocks stopped, the 告知
 * notice naming the channel and the petitioner's statutory clock), plus the decision record with a
 * copy of the rule version used, all in one transaction. The decision counts as diverted only once
 * the notice is delivered (see the ledger).
 */
@Injectable()
export class DiversionDecisionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly transitions: TransitionsService,
    private readonly cases: DiversionCasesService,
    private readonly rules: DiversionRulesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async decide(caseId: string, dto: DivertCaseDto, user: CurrentUser): Promise<DiversionCaseView> {
    return this.transactions.run(async (m) => {
      const c = await this.cases.visible(m, caseId, user);
      const rule = dto.ruleId ? await this.rules.byId(m, dto.ruleId) : null;
      if (dto.ruleId && (!rule || rule.route !== dto.route)) throw invalidField('ruleId', '所选规则与分流去向不一致，请重新选择');
      const decision = decisionSnapshot(dto.route, dto.competentOrgan.trim(), rule);
      const note = `${dto.note.trim()}${clockSentence(decision.statutoryClock)}`;
      await this.transitions.apply(
        c.id,
        { action: 'DIVERT', expectedVersion: dto.expectedVersion, diversionRoute: dto.route, competentOrgan: decision.competentOrgan, note },
        user,
      );
      const [notice]: { id: string }[] = await m.query(`SELECT id FROM case_notice WHERE case_id = $1 AND kind = 'NON_ACCEPTANCE' ORDER BY created_at DESC LIMIT 1`, [c.id]);
      if (!c.is_law_related) {
        // A diverted matter is 涉法涉诉 by definition: the decision flags it.
        await flagLawRelated(m, c.id);
        await m.query('INSERT INTO case_law_flag (case_id, reason, flagged_by) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING', [c.id, '分流时标记为涉法涉诉', user.id]);
      }
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO case_diversion (case_id, township_id, rule_id, route, competent_organ, legal_basis, statutory_clock, notice_id, decided_by)
         SELECT id, township_id, $2, $3, $4, $5, $6, $7, $8 FROM petition_case WHERE id = $1 RETURNING id`,
        [c.id, decision.ruleId, decision.route, decision.competentOrgan, decision.legalBasis, decision.statutoryClock, notice.id, user.id],
      );
      await this.audit.record(m, {
        action: 'diversion.decide',
        entityType: 'case_diversion',
        entityId: id,
        changes: { route: { after: decision.route }, ruleVersion: { after: decision.ruleVersion } },
      });
      await this.outbox.record(m, { eventType: 'case.diverted', aggregateType: 'petition_case', aggregateId: c.id, payload: { diversionId: id, route: decision.route } });
      return this.cases.view(m, c.id, user);
    });
  }

  /** 回访: whether the petitioner entered the channel (a later check supersedes an earlier one). */
  async followUp(diversionId: string, dto: ChannelFollowUpDto, user: CurrentUser): Promise<DiversionView> {
    if (dto.checkedOn > chinaDate(new Date())) throw invalidField('checkedOn', '核实日期不能晚于今天');
    return this.transactions.run(async (m) => {
      const d = await this.visible(m, diversionId, user);
      await insertRow(m, DiversionFollowUpEntity, { diversionId: d.id, outcome: dto.outcome, checkedOn: dto.checkedOn, evidence: dto.evidence.trim(), recordedBy: user.id });
      await this.audit.record(m, { action: 'diversion.follow_up', entityType: 'case_diversion', entityId: d.id, changes: { outcome: { before: d.outcome, after: dto.outcome } } });
      await this.outbox.record(m, { eventType: 'diversion.followed-up', aggregateType: 'case_diversion', aggregateId: d.id, payload: { outcome: dto.outcome } });
      return toDiversionView(await this.visible(m, diversionId, user));
    });
  }

  private async visible(m: EntityManager, id: string, user: CurrentUser): Promise<DiversionRow> {
    const params: unknown[] = [id];
    const rows: DiversionRow[] = await m.query(`${DIVERSION_SQL} WHERE d.id = $1 AND ${caseCondition(territoryOf(user), params)}`, params);
    if (!rows[0]) throw diversionNotFound();
    return rows[0];
  }
}
