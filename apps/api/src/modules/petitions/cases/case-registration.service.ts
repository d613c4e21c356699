import { ConflictException, ForbiddenException, forwardRef, Inject, Injectable } from '@nestjs/common';
import { API_ERROR_CODES, type CaseRegistration, CHANNEL_LABELS, CHANNELS_WITH_RECEIPT_DATE, type CreateCaseRequest, type CurrentUser } from '@julu/contracts';
import { caseFlags, chinaDate, formatCaseNo, searchGrams } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { coversTownship, territoryOf } from '../../../core/access/territory';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { CaseEventsService, ClocksService } from '../../workflow';
import { intakeFacts } from './case-intake-facts';
import { caseNotFound } from './case-queries.service';
import { newQueryCode } from './query-code';
import { type CaseDraft, registeredCaseDetail } from './registered-case';
import { invalidField } from '../../../core/http/api-errors';
import { PetitionCaseEntity } from '../entities/petition-case.entity';

const TIME_ZONE = 'Asia/Shanghai';
/** Built once: constructing an Intl.DateTimeFormat (time-zone data) cost ~0.75 ms of every registration. */
const YEAR_IN_CHINA = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, year: 'numeric' });

/** The calendar year in China of an instant (case numbers run per year, 1 January Beijing time). */
export const yearInChina = (at: Date): number => Number(YEAR_IN_CHINA.format(at));

/**
 * 登记: registers a petition case from any channel, in one transaction: the case, its petitioners,
 * its intake clock and event, then (last, issue 19) its number from the per-year counter with the
 * audit row and the `case.registered` event that carry it. The counter row stays locked from the
 * numbering to the commit only, so registrations queue for a few statements, not the whole
 * registration; numbers stay gap-free (a rolled-back registration gives its number back) and a
 * case cannot commit unnumbered (trigger petition_case_numbered). The query code is random.
 */
@Injectable()
export class CaseRegistrationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    // The workflow writes cases through this module's index.ts, so the two import each other: the
    // workflow's services are resolved late (forwardRef), and typed by the methods used here so that
    // no class reference is needed while this one is declared.
    @Inject(forwardRef(() => ClocksService)) private readonly clocks: Pick<ClocksService, 'start'>,
    @Inject(forwardRef(() => CaseEventsService)) private readonly events: Pick<CaseEventsService, 'record'>,
  ) {}

  /** The county's division code, read once per process (see countyCode). */
  private county: Promise<string> | null = null;

  register(request: CreateCaseRequest, user: CurrentUser): Promise<CaseRegistration> {
    return this.transactions.run(async (m) => this.number(m, await this.draft(m, request, user)));
  }

  /**
   * Everything of a registration but its number: call `number` as the last write of the same
   * transaction (a visit registers its new case, writes the visit, then numbers the case).
   */
  async draft(m: EntityManager, request: CreateCaseRequest, user: CurrentUser): Promise<CaseDraft> {
    if (!coversTownship(territoryOf(user), request.townshipId)) {
      throw new ForbiddenException({ code: API_ERROR_CODES.FORBIDDEN, message: '只能登记问题属地在本乡镇（开发区）的信访事项' });
    }
    const facts = await intakeFacts(m, request, user);
    const flags = caseFlags({
      channel: request.channel,
      peopleCount: request.peopleCount,
      jointSigners: request.jointSigners ?? 0,
      visitedLevel: request.visitedLevel ?? null,
      lawRelated: request.lawRelated ?? false,
    });
    const registeredAt = new Date();
    const registeredOn = chinaDate(registeredAt);
    const receivedOn = receiptDay(request, registeredOn);
    const year = yearInChina(registeredAt);
    const queryCode = newQueryCode();
    const { id } = await insertRow(
      m,
      PetitionCaseEntity,
      {
        caseYear: year,
        queryCode,
        channel: request.channel,
        channelSubtype: request.channelSubtype ?? null,
        source: request.source,
        matterType: request.matterType,
        categoryCode: facts.category.code,
        categoryLabel: facts.category.label,
        title: request.title.trim(),
        mainRequest: request.mainRequest.trim(),
        factsReasons: request.factsAndReasons?.trim() || null,
        townshipId: request.townshipId,
        villageId: request.villageId ?? null,
        locationDetail: request.locationDetail?.trim() || null,
        involvedUnitId: request.involvedUnitId ?? null,
        peopleCount: request.peopleCount,
        jointSigners: request.jointSigners ?? 0,
        visitedLevel: request.visitedLevel ?? null,
        isGroup: flags.group,
        isSkipLevel: flags.skipLevel,
        isJointLetter: flags.jointLetter,
        isLawRelated: flags.lawRelated,
        registeredAt,
        registeredBy: user.id,
        registeringUnitId: user.orgUnitId,
        searchGrams: searchGrams(request.title, request.mainRequest, request.factsAndReasons),
        categoryVersion: facts.category.version,
        receivedOn,
      },
      ['id'],
    );
    await m.query(
      `INSERT INTO case_petitioner (case_id, petitioner_id, role, position)
       SELECT $1, p.petitioner_id, p.role, p.position - 1 FROM unnest($2::uuid[], $3::varchar[]) WITH ORDINALITY AS p (petitioner_id, role, position)`,
      [id, request.petitioners.map((p) => p.petitionerId), request.petitioners.map((p) => p.role)],
    );
    // The intake clock: D1 when the petition bureau registers (Art 22), D2 when a township does
    // (Art 23), counted from the day the matter was received (收到), not from its registration.
    const intakeClock = user.role === 'TOWNSHIP_OFFICER' ? 'D2' : 'D1';
    await this.clocks.start(m, { caseId: id, code: intakeClock, startedOn: receivedOn, responsibleUnitId: user.orgUnitId });
    await this.events.record(m, id, { action: 'REGISTER', from: null, to: 'REGISTERED', actorId: user.id, note: null, details: { channel: request.channel } });
    return { id, year, queryCode, registeredAt, registeredOn, receivedOn, request, user, facts, flags };
  }

  /**
   * Takes the case's number (one statement: the counter row and the case row), then writes the
   * rows that carry it. From here to the commit the counter row is locked: keep it to these writes.
   */
  async number(m: EntityManager, draft: CaseDraft): Promise<CaseRegistration> {
    const countyCode = await this.countyCode(m);
    // An UPDATE … RETURNING through TypeORM answers [rows, affected].
    const [numbered]: [{ case_no: string; case_seq: number }[], number] = await m.query(
      `WITH taken AS (
         INSERT INTO case_number_counter (year, last_seq) VALUES ($2, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq)
       UPDATE petition_case c SET case_seq = taken.last_seq, case_no = $3 || lpad(taken.last_seq::text, 6, '0')
       FROM taken WHERE c.id = $1 RETURNING c.case_no, c.case_seq`,
      [draft.id, draft.year, `${countyCode}${draft.year}`],
    );
    // The registering scope cannot see the case it wrote (it accuses the registering unit): refuse, as the read-back did.
    if (!numbered[0]) throw caseNotFound();
    const caseNo = numbered[0].case_no;
    // formatCaseNo owns the format and its range (a 7-digit sequence fails here and rolls back).
    if (caseNo !== formatCaseNo(countyCode, draft.year, numbered[0].case_seq)) throw new Error(`case number ${caseNo} does not match its sequence`);
    const { request } = draft;
    await this.audit.record(m, {
      action: 'case.register',
      entityType: 'petition_case',
      entityId: draft.id,
      changes: { caseNo: { after: caseNo }, channel: { after: request.channel }, townshipId: { after: request.townshipId } },
    });
    await this.outbox.record(m, {
      eventType: 'case.registered',
      aggregateType: 'petition_case',
      aggregateId: draft.id,
      payload: { caseNo, registeredAt: draft.registeredAt.toISOString(), channel: request.channel, matterType: request.matterType },
    });
    return { case: registeredCaseDetail(draft, caseNo), queryCode: draft.queryCode };
  }

  /**
   * The first part of every case number: the county's six-digit division code (统计用区划代码), taken
   * from the county's org unit (seeded from the org tree, so another county deploys by importing its
   * own tree). Read once per process; a failed read is retried by the next registration.
   */
  private countyCode(m: EntityManager): Promise<string> {
    this.county ??= m
      .query(`SELECT code FROM org_unit WHERE type = 'COUNTY' AND retired_at IS NULL AND code ~ '^[0-9]{6}$' ORDER BY created_at LIMIT 1`)
      .then((rows: { code: string }[]) => {
        if (!rows[0])
          throw new ConflictException({ code: API_ERROR_CODES.CONFLICT, message: '未设置本县的 6 位行政区划代码，无法生成信访件编号，请管理员在组织机构中为县级单位填写代码' });
        return rows[0].code;
      });
    return this.county.catch((error: unknown) => {
      this.county = null;
      throw error;
    });
  }
}

/**
 * 收到日期 (Arts 22, 23 count from 收到): given for letters and online submissions, whose matter
 * arrives before anyone registers it; a visit or a call is received when it is registered. It can
 * be neither in the future nor after the registration.
 */
function receiptDay(request: CreateCaseRequest, registeredOn: string): string {
  if (!request.receivedOn) {
    if (CHANNELS_WITH_RECEIPT_DATE.includes(request.channel)) {
      throw invalidField(
        'receivedOn',
        `${CHANNEL_LABELS[request.channel]}须填写收到日期（来信：信件到达日，未记录到达日的以邮戳日期为准；网上信访：提交日期），15 日办理期限自收到之日起算（《信访工作条例》第二十二条、第二十三条）`,
      );
    }
    return registeredOn;
  }
  if (request.receivedOn > registeredOn) throw invalidField('receivedOn', `收到日期不能晚于登记日期 ${registeredOn}（也不能是将来的日期）`);
  return request.receivedOn;
}
