import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES, type CurrentUser, type DecideRepeatRequest, type RepeatLinkView } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { Transactions } from '../../../core/database/transactions';
import { SQL_NOW, updateRows } from '../../../core/database/typed-writes';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { caseNotFound } from '../cases/case-queries.service';
import { caseCondition } from '../cases/case-scope';
import { CaseRepeatLinkEntity } from '../entities/case-repeat-link.entity';
import { repeatAdvice } from './repeat-advice';

interface LinkRow {
  case_id: string;
  prior_case_id: string;
  prior_case_no: string;
  prior_status: string;
  status: RepeatLinkView['status'];
  score: string | null;
  reasons: string[];
  decided_by_name: string;
  decided_at: Date;
}

/** The prior case is `c`, so that caseCondition restricts the links to prior cases the caller may see. */
const LINK_SQL = `
  SELECT l.case_id, l.prior_case_id, c.case_no AS prior_case_no, c.status AS prior_status, l.status, l.score, l.reasons,
         u.display_name AS decided_by_name, l.decided_at
  FROM case_repeat_link l JOIN petition_case c ON c.id = l.prior_case_id JOIN app_user u ON u.id = l.decided_by`;

const toView = (r: LinkRow): RepeatLinkView => ({
  caseId: r.case_id,
  priorCaseId: r.prior_case_id,
  priorCaseNo: r.prior_case_no,
  status: r.status,
  score: r.score === null ? null : Number(r.score),
  reasons: r.reasons,
  decidedByName: r.decided_by_name,
  decidedAt: r.decided_at.toISOString(),
  advice: r.status === 'CONFIRMED' ? repeatAdvice(r.prior_status) : null,
});

/**
 * Staff decisions on repeat candidates. Confirming links the case to the earlier one (merge) and
 * marks it a repeat, counted in the repeat figures; undoing (unmerge) restores the case from its
 * remaining confirmed links. Every decision is audited.
 */
@Injectable()
export class RepeatLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async decide(caseId: string, request: DecideRepeatRequest, user: CurrentUser): Promise<RepeatLinkView> {
    if (caseId === request.priorCaseId) throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: '事项不能与自身关联为重复' });
    return this.transactions.run(async (m) => {
      const current = await this.lockVisible(m, caseId, user);
      const prior = await this.lockVisible(m, request.priorCaseId, user);
      if (request.decision === 'CONFIRMED' && prior.registered_at > current.registered_at) {
        throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: '只能关联到更早登记的事项' });
      }
      await m.query(
        `INSERT INTO case_repeat_link (case_id, prior_case_id, status, score, reasons, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (case_id, prior_case_id) DO UPDATE SET status = $3, score = $4, reasons = $5, decided_by = $6, decided_at = now()`,
        [caseId, request.priorCaseId, request.decision, request.score ?? null, JSON.stringify(request.reasons ?? []), user.id],
      );
      await this.refreshRepeat(m, caseId);
      await this.audit.record(m, {
        action: request.decision === 'CONFIRMED' ? 'case.repeat_confirm' : 'case.repeat_dismiss',
        entityType: 'petition_case',
        entityId: caseId,
        changes: { priorCaseId: { after: request.priorCaseId }, score: { after: request.score ?? null } },
      });
      return this.read(m, caseId, request.priorCaseId);
    });
  }

  async undo(caseId: string, priorCaseId: string, user: CurrentUser): Promise<RepeatLinkView> {
    return this.transactions.run(async (m) => {
      await this.lockVisible(m, caseId, user);
      const confirmed: unknown[] = await m.query(`SELECT 1 FROM case_repeat_link WHERE case_id = $1 AND prior_case_id = $2 AND status = 'CONFIRMED' FOR UPDATE`, [
        caseId,
        priorCaseId,
      ]);
      if (confirmed.length === 0) throw new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message: '没有可撤销的重复关联' });
      await updateRows(m, CaseRepeatLinkEntity, { caseId, priorCaseId }, { status: 'UNDONE', decidedBy: user.id, decidedAt: SQL_NOW });
      await this.refreshRepeat(m, caseId);
      await this.audit.record(m, { action: 'case.repeat_undo', entityType: 'petition_case', entityId: caseId, changes: { priorCaseId: { before: priorCaseId } } });
      return this.read(m, caseId, priorCaseId);
    });
  }

  async list(caseId: string, user: CurrentUser): Promise<RepeatLinkView[]> {
    const m = this.dataSource.manager;
    await this.lockVisible(m, caseId, user, false);
    // A prior case the caller may not see (another township's, an accusation against their unit) is not listed.
    const params: unknown[] = [caseId];
    const rows: LinkRow[] = await m.query(`${LINK_SQL} WHERE l.case_id = $1 AND ${caseCondition(territoryOf(user), params)} ORDER BY l.decided_at DESC`, params);
    return rows.map(toView);
  }

  /** The case's repeat flag, earlier case and chain count follow its latest confirmed link. */
  private async refreshRepeat(m: EntityManager, caseId: string): Promise<void> {
    await m.query(
      `UPDATE petition_case c SET
         prior_case_id = l.prior_case_id,
         is_repeat = l.prior_case_id IS NOT NULL,
         repeat_count = CASE WHEN l.prior_case_id IS NULL THEN 0 ELSE coalesce(pc.repeat_count, 0) + 1 END,
         updated_at = now()
       FROM (SELECT (SELECT prior_case_id FROM case_repeat_link WHERE case_id = $1 AND status = 'CONFIRMED' ORDER BY decided_at DESC LIMIT 1) AS prior_case_id) l
       LEFT JOIN petition_case pc ON pc.id = l.prior_case_id
       WHERE c.id = $1`,
      [caseId],
    );
    // 重复信访率 counts the flag: the indicators hear of every change.
    await this.outbox.record(m, { eventType: 'case.repeat-decided', aggregateType: 'petition_case', aggregateId: caseId, payload: {} });
  }

  private async lockVisible(m: EntityManager, id: string, user: CurrentUser, lock = true): Promise<{ registered_at: Date }> {
    const params: unknown[] = [id];
    const scope = caseCondition(territoryOf(user), params);
    const rows: { registered_at: Date }[] = await m.query(`SELECT c.registered_at FROM petition_case c WHERE c.id = $1 AND ${scope} ${lock ? 'FOR UPDATE OF c' : ''}`, params);
    if (!rows[0]) throw caseNotFound();
    return rows[0];
  }

  private async read(m: EntityManager, caseId: string, priorCaseId: string): Promise<RepeatLinkView> {
    const rows: LinkRow[] = await m.query(`${LINK_SQL} WHERE l.case_id = $1 AND l.prior_case_id = $2`, [caseId, priorCaseId]);
    return toView(rows[0]);
  }
}
