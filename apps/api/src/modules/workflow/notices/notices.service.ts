import { Injectable } from '@nestjs/common';
import { type CurrentUser, DELIVERY_METHOD_LABELS, type NoticeKind, type NoticeView, type RecordDeliveryRequest } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { Transactions } from '../../../core/database/transactions';
import { insertRow, updateRows } from '../../../core/database/typed-writes';
import { conflict, forbidden, invalidField, notFound } from '../../../core/http/api-errors';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { markCaseChanged } from '../../petitions';
import { ClocksService } from '../clocks/clocks.service';
import { CaseNoticeEntity } from '../entities/case-notice.entity';
import { CaseEventsService } from '../transitions/case-events.service';
import { loadWorkflowCase, type WorkflowCaseRow, workflowActor } from '../transitions/case-context';
import { type NoticeContext, noticeNumber, noticeParagraphs, noticeTitle } from './notice-templates';
import { NOTICE_PRINT_SELECT, NOTICE_SELECT, type NoticeRow, toNoticeView } from './notice.row';

const NOTICE_NOT_FOUND = '告知书不存在或不在您的管辖范围内';

/** The organ in whose name a notice goes out, and its own document number when it is not the bureau's. */
export interface NoticeIssuer {
  name: string;
  /** The organ part of the bureau-style number (noticeOrganPrefix), e.g. 巨信. */
  numberPrefix: string;
  documentNo?: string;
}

/** Which petitioner-side clock a delivered opinion starts (D6 before 复查, D8 before 复核). */
const CLOCK_STARTED_BY_DELIVERY: Partial<Record<NoticeKind, { code: 'D6' | 'D8'; state: string }>> = {
  HANDLING_OPINION: { code: 'D6', state: 'REPLIED' },
  REVIEW_OPINION: { code: 'D8', state: 'REVIEW_REPLIED' },
};

/**
 * 告知书 and 意见书: numbered per issuing organ, year and kind inside the deciding transaction (no gaps), filled
 * from the case, printable, and delivered; delivery starts the petitioner's clocks.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clocks: ClocksService,
    private readonly events: CaseEventsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Numbers and files a notice. `issuer.documentNo` is another organ's own number for its document
   * (a 复查/复核意见书): it replaces the bureau's number, which would claim the document as its own.
   */
  async issue(m: EntityManager, c: WorkflowCaseRow, kind: NoticeKind, context: NoticeContext, issuer: NoticeIssuer, user: CurrentUser, today: string): Promise<string> {
    const year = Number(today.slice(0, 4));
    if (issuer.documentNo) {
      const taken: unknown[] = await m.query('SELECT 1 FROM case_notice WHERE notice_no = $1', [issuer.documentNo]);
      if (taken.length > 0) throw invalidField('opinionNo', `文号“${issuer.documentNo}”已登记在其他文书上，请核对`);
    }
    const [{ last_seq: seq }]: { last_seq: number }[] = await m.query(
      `INSERT INTO notice_number_counter (prefix, year, kind, last_seq) VALUES ($1, $2, $3, 1)
       ON CONFLICT (prefix, year, kind) DO UPDATE SET last_seq = notice_number_counter.last_seq + 1 RETURNING last_seq`,
      [issuer.numberPrefix, year, kind],
    );
    const { id } = await insertRow(
      m,
      CaseNoticeEntity,
      {
        caseId: c.id,
        kind,
        year,
        seq,
        noticeNo: issuer.documentNo ?? noticeNumber(issuer.numberPrefix, kind, year, seq),
        title: noticeTitle(kind, context),
        recipient: c.primary_petitioner_name ?? '信访人',
        paragraphs: noticeParagraphs(kind, context),
        issuer: issuer.name,
        issuedOn: today,
        issuedBy: user.id,
      },
      ['id'],
    );
    return id;
  }

  async forCase(m: EntityManager | DataSource, caseId: string): Promise<NoticeRow[]> {
    return m.query(`${NOTICE_SELECT} WHERE n.case_id = $1 ORDER BY n.created_at, n.notice_no`, [caseId]);
  }

  /** One notice as printed, with the 查询码 where its text refers the petitioner to it. */
  async get(id: string, user: CurrentUser): Promise<NoticeView> {
    const row = await this.scoped(this.dataSource.manager, id, user, NOTICE_PRINT_SELECT);
    return toNoticeView(row);
  }

  async deliver(id: string, request: RecordDeliveryRequest, user: CurrentUser): Promise<NoticeView> {
    return this.transactions.run(async (m) => {
      const notice = await this.scoped(m, id, user);
      const c = await loadWorkflowCase(m, notice.case_id, user);
      const actor = await workflowActor(m, c, user);
      if (!actor.intakeOrgan && !actor.handlingUnitMember) throw forbidden('只有受理、承办单位或信访部门可以登记送达');
      if (notice.delivered_at) throw conflict(`该文书已于 ${notice.delivered_at.toISOString()} 登记送达，不能重复登记`);
      const deliveredAt = new Date(request.deliveredAt);
      if (deliveredAt.getTime() > Date.now() + 60_000) throw invalidField('deliveredAt', '送达时间不能晚于现在');
      if (chinaDate(deliveredAt) < notice.issued_on) throw invalidField('deliveredAt', `送达时间不能早于文书出具日期 ${notice.issued_on}`);
      await updateRows(m, CaseNoticeEntity, { id }, { deliveryMethod: request.method, deliveredAt, deliveredBy: user.id });
      await markCaseChanged(m, c.id);
      const starts = CLOCK_STARTED_BY_DELIVERY[notice.kind];
      if (starts && c.status === starts.state) {
        await this.clocks.start(m, { caseId: c.id, code: starts.code, startedOn: chinaDate(deliveredAt), responsibleUnitId: null });
      }
      await this.events.record(m, c.id, {
        action: 'DELIVER_NOTICE',
        from: c.status,
        to: c.status,
        actorId: user.id,
        note: `${notice.title}（${notice.notice_no}）${DELIVERY_METHOD_LABELS[request.method]}`,
        details: { noticeId: id, method: request.method, deliveredAt: deliveredAt.toISOString() },
      });
      await this.audit.record(m, {
        action: 'notice.deliver',
        entityType: 'case_notice',
        entityId: id,
        changes: { deliveredAt: { after: deliveredAt.toISOString() }, method: { after: request.method } },
      });
      // Indicators wait on it: a delivered 告知 puts a matter into the legal channel (依法分流率) and opens its evaluation (参评率).
      await this.outbox.record(m, { eventType: 'notice.delivered', aggregateType: 'petition_case', aggregateId: c.id, payload: { noticeId: id, kind: notice.kind } });
      return toNoticeView((await m.query(`${NOTICE_SELECT} WHERE n.id = $1`, [id]))[0] as NoticeRow);
    });
  }

  /** The notice if the caller's territory reaches its case. */
  private async scoped(m: EntityManager, id: string, user: CurrentUser, select = NOTICE_SELECT): Promise<NoticeRow> {
    const rows: NoticeRow[] = await m.query(`${select} WHERE n.id = $1`, [id]);
    if (!rows[0]) throw notFound(NOTICE_NOT_FOUND);
    await loadWorkflowCase(m, rows[0].case_id, user).catch(() => {
      throw notFound(NOTICE_NOT_FOUND);
    });
    return rows[0];
  }
}
