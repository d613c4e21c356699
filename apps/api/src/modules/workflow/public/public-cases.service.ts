import { Injectable } from '@nestjs/common';
import { CASE_STATE_LABELS, type PublicCaseView, type PublicDeadline, PUBLIC_DEADLINE_LABELS, type PublicEvaluationRequest, type PublicLookupRequest } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { notFound } from '../../../core/http/api-errors';
import { PersonalDataCipher } from '../../../core/personal-data/personal-data-cipher';
import { refundAttempt, takeAttempt } from '../../../core/rate-limit/rate-limit';
import { ClocksService } from '../clocks/clocks.service';
import type { ClockRow } from '../clocks/clock.row';
import { caseEvaluations } from '../evaluations/evaluation-status';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { PublicLookupAttemptEntity } from '../entities/public-lookup-attempt.entity';
import { lookupBuckets } from './lookup-limits';
import { NOTICE_SELECT, type NoticeRow, toNoticeView } from '../notices/notice.row';
import { CaseEventsService } from '../transitions/case-events.service';

/** One message for every wrong input, so a guess learns nothing about which part was wrong. */
export const LOOKUP_FAILED = '查询码或后四位不正确，请核对后重试';

/** Timeline entries the public sees: decisions and deliveries, never internal notes or names. */
const PUBLIC_EVENTS = new Set([
  'REGISTER',
  'FORWARD',
  'ASSIGN',
  'ACCEPT',
  'NOT_ACCEPT',
  'REJECT_DUPLICATE',
  'DIVERT',
  'RETURN',
  'START_HANDLING',
  'APPROVE_EXTENSION',
  'REPLY',
  'MEDIATE',
  'CLOSE',
  'REQUEST_REVIEW',
  'ACCEPT_REVIEW',
  'REPLY_REVIEW',
  'REQUEST_REREVIEW',
  'ACCEPT_REREVIEW',
  'REPLY_REREVIEW',
  'TERMINATE',
  'DELIVER_NOTICE',
  'EVALUATE',
]);

/**
 * The public lookup (信访事项查询评价, no login): the query code on the receipt plus the last four
 * characters of a petitioner's ID number or mobile. Rate-limited (lookup-limits.ts) before the
 * match is tried, so parallel guesses cannot slip past the count; every attempt is logged.
 */
@Injectable()
export class PublicCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly cipher: PersonalDataCipher,
    private readonly events: CaseEventsService,
    private readonly evaluations: EvaluationsService,
    private readonly clocks: ClocksService,
  ) {}

  async lookup(request: PublicLookupRequest, client: string): Promise<PublicCaseView> {
    const caseId = await this.authenticate(request, client);
    return this.view(this.dataSource.manager, caseId);
  }

  async evaluate(request: PublicEvaluationRequest, client: string): Promise<PublicCaseView> {
    const caseId = await this.authenticate(request, client);
    return this.transactions.run(async (m) => {
      await this.evaluations.record(m, caseId, { stage: request.stage, result: request.result, comment: request.comment }, 'PUBLIC', null);
      return this.view(m, caseId);
    });
  }

  private async authenticate(request: PublicLookupRequest, client: string): Promise<string> {
    const code = request.queryCode.trim().toUpperCase();
    const buckets = lookupBuckets(code, client, this.config.PUBLIC_LOOKUP_MAX_ATTEMPTS);
    await takeAttempt(this.dataSource.manager, Object.values(buckets), (minutes) => `查询次数过多，请 ${minutes} 分钟后再试`);
    const caseId = await this.match(code, request.last4.toUpperCase());
    await insertRow(this.dataSource.manager, PublicLookupAttemptEntity, { client: client.slice(0, 64), queryCode: code.slice(0, 32), ok: caseId !== null });
    if (!caseId) throw notFound(LOOKUP_FAILED);
    // Only failures count against the code; every attempt counts against the client.
    await refundAttempt(this.dataSource.manager, [buckets.codeFromClient, buckets.code]);
    return caseId;
  }

  /** The case whose code matches and one of whose petitioners' ID number or mobile ends in `last4`. */
  private async match(code: string, last4: string): Promise<string | null> {
    const rows: { id: string; petitioner_id: string; id_number_enc: string | null; mobile_enc: string | null }[] = await this.dataSource.query(
      `SELECT c.id, p.id AS petitioner_id, p.id_number_enc, p.mobile_enc FROM petition_case c
       JOIN case_petitioner cp ON cp.case_id = c.id JOIN petitioner p ON p.id = cp.petitioner_id
       WHERE c.query_code = $1`,
      [code],
    );
    const wanted = Buffer.from(last4);
    for (const row of rows) {
      for (const [column, stored] of [
        ['id_number_enc', row.id_number_enc],
        ['mobile_enc', row.mobile_enc],
      ] as const) {
        if (!stored) continue;
        // Petitioner ciphertexts are bound to their row and column (petitioner.row.ts, petitionerCipherContext).
        const tail = Buffer.from(this.cipher.decrypt(stored, { table: 'petitioner', rowId: row.petitioner_id, column }).toUpperCase().slice(-4));
        if (tail.length === wanted.length && timingSafeEqual(tail, wanted)) return row.id;
      }
    }
    return null;
  }

  private async view(m: EntityManager, caseId: string): Promise<PublicCaseView> {
    const [c]: { case_no: string; title: string; registered_at: Date; status: PublicCaseView['state'] }[] = await m.query(
      'SELECT case_no, title, registered_at, status FROM petition_case WHERE id = $1',
      [caseId],
    );
    const events = (await this.events.forCase(m, caseId)).filter((e) => PUBLIC_EVENTS.has(e.action));
    const notices: NoticeRow[] = await m.query(`${NOTICE_SELECT} WHERE n.case_id = $1 AND n.delivered_at IS NOT NULL ORDER BY n.created_at`, [caseId]);
    return {
      caseNo: c.case_no,
      title: c.title,
      registeredOn: chinaDate(c.registered_at),
      state: c.status,
      stateLabel: CASE_STATE_LABELS[c.status],
      timeline: events.map((e) => ({
        on: chinaDate(new Date(e.at)),
        label: e.toState && e.toState !== e.fromState && CASE_STATE_LABELS[e.toState] !== e.label ? `${e.label}（${CASE_STATE_LABELS[e.toState]}）` : e.label,
      })),
      notices: notices.map(toNoticeView),
      evaluations: await caseEvaluations(m, caseId, this.config.EVALUATION_WINDOW_DAYS, new Date()),
      nextDeadline: nextPublicDeadline(await this.clocks.forCase(m, caseId)),
    };
  }
}

/** The running (or paused) clock the petitioner is told of that falls due first. */
export function nextPublicDeadline(clocks: readonly Pick<ClockRow, 'code' | 'status' | 'due_on' | 'party'>[]): PublicDeadline | null {
  const shown = clocks.filter((k) => k.status !== 'STOPPED' && PUBLIC_DEADLINE_LABELS[k.code]).sort((a, b) => a.due_on.localeCompare(b.due_on));
  const next = shown[0];
  return next ? { label: PUBLIC_DEADLINE_LABELS[next.code] ?? '', dueOn: next.due_on, party: next.party } : null;
}
