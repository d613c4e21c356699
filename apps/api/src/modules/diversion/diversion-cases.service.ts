import { Injectable } from '@nestjs/common';
import type { ConsultationView, CurrentUser, DiversionCaseView, DiversionQueueResponse } from '@julu/contracts';
import { suggestDiversions } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { notFound } from '../../core/http/api-errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { flagLawRelated, visibleCasesSql } from '../petitions';
import { caseText, DIVERTIBLE_STATES, flaggedCaseSql, type FlaggedCaseRow, toCaseView } from './diversion-case.rows';
import { DiversionRulesService } from './diversion-rules.service';
import { type ConsultationRow, DIVERSION_SQL, type DiversionRow, toConsultationView, toDiversionView } from './diversion.rows';
import type { ConsultationDto, FlagLawRelatedDto } from './dto/diversion-case.dto';
import type { DiversionQueueQueryDto } from './dto/diversion-ledger.query';
import { CaseConsultationEntity } from './entities/case-consultation.entity';

export const caseNotFound = (): ReturnType<typeof notFound> => notFound('信访事项不存在或不在您的管辖范围内');

/** The workbench: the 涉法涉诉 flag, the queue of flagged cases with suggestions, consultations. */
@Injectable()
export class DiversionCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly rules: DiversionRulesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Flags a case 涉法涉诉 with who and why; flagging a flagged case keeps the first flag. */
  async flag(caseId: string, dto: FlagLawRelatedDto, user: CurrentUser): Promise<DiversionCaseView> {
    return this.transactions.run(async (m) => {
      const c = await this.visible(m, caseId, user);
      if (!c.is_law_related) {
        await flagLawRelated(m, c.id);
        await m.query('INSERT INTO case_law_flag (case_id, reason, flagged_by) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING', [c.id, dto.reason.trim(), user.id]);
        await this.audit.record(m, {
          action: 'diversion.flag',
          entityType: 'petition_case',
          entityId: c.id,
          changes: { lawRelated: { before: false, after: true } },
          reason: dto.reason.trim(),
        });
        await this.outbox.record(m, { eventType: 'case.law-flagged', aggregateType: 'petition_case', aggregateId: c.id, payload: {} });
      }
      return this.view(m, caseId, user);
    });
  }

  async get(caseId: string, user: CurrentUser): Promise<DiversionCaseView> {
    return this.view(this.dataSource.manager, caseId, user);
  }

  /** Flagged cases whose intake decision is still open, newest first, with their suggestions. */
  async queue(query: DiversionQueueQueryDto, user: CurrentUser): Promise<DiversionQueueResponse> {
    const params: unknown[] = [DIVERTIBLE_STATES];
    const visibleCases = visibleCasesSql(territoryOf(user), params);
    const conditions = ['c.is_law_related', 'c.status = ANY ($1::text[])'];
    if (query.after) {
      const cursor = decodeKeysetCursor(query.after);
      params.push(cursor.key, cursor.id);
      conditions.push(`(c.registered_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const rows: FlaggedCaseRow[] = await this.dataSource.query(
      `${flaggedCaseSql(visibleCases)} WHERE ${conditions.join(' AND ')} ORDER BY c.registered_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const rules = await this.rules.current(this.dataSource.manager);
    const last = page.at(-1);
    return {
      items: page.map((r) =>
        toCaseView(r, suggestDiversions(rules, { matterType: r.matter_type, categoryCode: r.category_code, text: caseText(r) }), { diversion: null, consultations: [] }),
      ),
      nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.registered_at.toISOString(), last.id) : null,
    };
  }

  /** 法律咨询 / 政策解释 given to the petitioner of a case. */
  async addConsultation(caseId: string, dto: ConsultationDto, user: CurrentUser): Promise<ConsultationView> {
    return this.transactions.run(async (m) => {
      const c = await this.visible(m, caseId, user);
      const { id } = await insertRow(
        m,
        CaseConsultationEntity,
        {
          caseId: c.id,
          kind: dto.kind,
          advisor: dto.advisor.trim(),
          lawyerOnDuty: dto.lawyerOnDuty?.trim() || null,
          content: dto.content.trim(),
          heldOn: dto.heldOn,
          recordedBy: user.id,
        },
        ['id'],
      );
      await this.audit.record(m, { action: 'diversion.consultation', entityType: 'petition_case', entityId: c.id, changes: { kind: { after: dto.kind } } });
      await this.outbox.record(m, { eventType: 'case.consultation-recorded', aggregateType: 'petition_case', aggregateId: c.id, payload: { consultationId: id } });
      const [view] = await this.consultations(m, c.id, id);
      return view;
    });
  }

  /** The case within the caller's reach, or 404 (its existence is not revealed). */
  async visible(m: EntityManager, caseId: string, user: CurrentUser): Promise<FlaggedCaseRow> {
    const params: unknown[] = [caseId];
    const rows: FlaggedCaseRow[] = await m.query(`${flaggedCaseSql(visibleCasesSql(territoryOf(user), params))} WHERE c.id = $1`, params);
    if (!rows[0]) throw caseNotFound();
    return rows[0];
  }

  async view(m: EntityManager, caseId: string, user: CurrentUser): Promise<DiversionCaseView> {
    const c = await this.visible(m, caseId, user);
    const decided: DiversionRow[] = await m.query(`${DIVERSION_SQL} WHERE d.case_id = $1`, [c.id]);
    const suggestions = DIVERTIBLE_STATES.includes(c.status)
      ? suggestDiversions(await this.rules.current(m), { matterType: c.matter_type, categoryCode: c.category_code, text: caseText(c) })
      : [];
    return toCaseView(c, suggestions, { diversion: decided[0] ? toDiversionView(decided[0]) : null, consultations: await this.consultations(m, c.id) });
  }

  private async consultations(m: EntityManager, caseId: string, id?: string): Promise<ConsultationView[]> {
    const rows: ConsultationRow[] = await m.query(
      `SELECT k.id, k.case_id, k.kind, k.advisor, k.lawyer_on_duty, k.content, to_char(k.held_on, 'YYYY-MM-DD') AS held_on, u.display_name AS recorded_by_name, k.created_at
       FROM case_consultation k JOIN app_user u ON u.id = k.recorded_by WHERE k.case_id = $1 AND ($2::uuid IS NULL OR k.id = $2) ORDER BY k.created_at`,
      [caseId, id ?? null],
    );
    return rows.map(toConsultationView);
  }
}
