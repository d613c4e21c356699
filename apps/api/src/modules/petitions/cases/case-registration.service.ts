import { ForbiddenException, Injectable } from '@nestjs/common';
import { API_ERROR_CODES, type CaseRegistration, CHANNEL_LABELS, CHANNELS_WITH_RECEIPT_DATE, type CreateCaseRequest, type CurrentUser } from '@julu/contracts';
import { caseFlags, chinaDate, formatCaseNo, MAX_GROUP_REPRESENTATIVES, searchGrams } from '@julu/domain';
import { DataSource } from 'typeorm';
import { coversTownship, territoryOf, townshipCondition } from '../../../core/access/territory';
import { Transactions } from '../../../core/database/transactions';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { CaseEventsService, ClocksService } from '../../workflow';
import { CaseQueriesService } from './case-queries.service';
import { newQueryCode } from './query-code';
import { invalidField } from '../../../core/http/api-errors';

const COUNTY_CODE = '130529';
const TIME_ZONE = 'Asia/Shanghai';

/** The calendar year in China of an instant (case numbers run per year, 1 January Beijing time). */
export const yearInChina = (at: Date): number => Number(new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, year: 'numeric' }).format(at));

/**
 * 登记: registers a petition case from any channel. The case number is taken from the per-year
 * counter inside the registering transaction (no gaps, no duplicates), the query code is random,
 * and the case, its petitioners, the audit row and the `case.registered` event commit together.
 */
@Injectable()
export class CaseRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly queries: CaseQueriesService,
    private readonly clocks: ClocksService,
    private readonly events: CaseEventsService,
  ) {}

  async register(request: CreateCaseRequest, user: CurrentUser): Promise<CaseRegistration> {
    const territory = territoryOf(user);
    if (!coversTownship(territory, request.townshipId)) {
      throw new ForbiddenException({ code: API_ERROR_CODES.FORBIDDEN, message: '只能登记问题属地在本乡镇（开发区）的信访事项' });
    }
    const category = await this.category(request.categoryCode);
    await this.checkPlace(request.townshipId, request.villageId ?? null);
    if (request.involvedUnitId) await this.checkUnit(request.involvedUnitId);
    await this.checkPetitioners(request, user);
    const flags = caseFlags({
      channel: request.channel,
      peopleCount: request.peopleCount,
      jointSigners: request.jointSigners ?? 0,
      visitedLevel: request.visitedLevel ?? null,
      lawRelated: request.lawRelated ?? false,
    });
    const registeredAt = new Date();
    const year = yearInChina(registeredAt);
    const receivedOn = receiptDay(request, chinaDate(registeredAt));

    return this.transactions.run(async (m) => {
      const [{ last_seq: seq }]: { last_seq: number }[] = await m.query(
        `INSERT INTO case_number_counter (year, last_seq) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_seq = case_number_counter.last_seq + 1 RETURNING last_seq`,
        [year],
      );
      const caseNo = formatCaseNo(COUNTY_CODE, year, seq);
      const queryCode = newQueryCode();
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, channel_subtype, source, matter_type,
           category_code, category_label, title, main_request, facts_reasons, township_id, village_id, location_detail,
           involved_unit_id, people_count, joint_signers, visited_level, is_group, is_skip_level, is_joint_letter, is_law_related,
           registered_at, registered_by, registering_unit_id, search_grams, category_version, received_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30)
         RETURNING id`,
        [
          caseNo,
          year,
          seq,
          queryCode,
          request.channel,
          request.channelSubtype ?? null,
          request.source,
          request.matterType,
          category.code,
          category.label,
          request.title.trim(),
          request.mainRequest.trim(),
          request.factsAndReasons?.trim() || null,
          request.townshipId,
          request.villageId ?? null,
          request.locationDetail?.trim() || null,
          request.involvedUnitId ?? null,
          request.peopleCount,
          request.jointSigners ?? 0,
          request.visitedLevel ?? null,
          flags.group,
          flags.skipLevel,
          flags.jointLetter,
          flags.lawRelated,
          registeredAt,
          user.id,
          user.orgUnitId,
          searchGrams(request.title, request.mainRequest, request.factsAndReasons),
          category.version,
          receivedOn,
        ],
      );
      for (const [position, p] of request.petitioners.entries()) {
        await m.query('INSERT INTO case_petitioner (case_id, petitioner_id, role, position) VALUES ($1, $2, $3, $4)', [id, p.petitionerId, p.role, position]);
      }
      // The intake clock: D1 when the petition bureau registers (Art 22), D2 when a township does
      // (Art 23), counted from the day the matter was received (收到), not from its registration.
      const intakeClock = user.role === 'TOWNSHIP_OFFICER' ? 'D2' : 'D1';
      await this.clocks.start(m, { caseId: id, code: intakeClock, startedOn: receivedOn, responsibleUnitId: user.orgUnitId });
      await this.events.record(m, id, { action: 'REGISTER', from: null, to: 'REGISTERED', actorId: user.id, note: null, details: { channel: request.channel } });
      await this.audit.record(m, {
        action: 'case.register',
        entityType: 'petition_case',
        entityId: id,
        changes: { caseNo: { after: caseNo }, channel: { after: request.channel }, townshipId: { after: request.townshipId } },
      });
      await this.outbox.record(m, {
        eventType: 'case.registered',
        aggregateType: 'petition_case',
        aggregateId: id,
        payload: { caseNo, registeredAt: registeredAt.toISOString(), channel: request.channel, matterType: request.matterType },
      });
      return { case: await this.queries.detailIn(m, id, user), queryCode };
    });
  }

  /** The category must exist and be in use; an L2 entry is stored with its L1 heading. */
  private async category(code: string): Promise<{ code: string; label: string; version: number }> {
    const rows: { code: string; label: string; parent_label: string | null; version: number }[] = await this.dataSource.query(
      `SELECT c.code, c.label, c.version, p.label AS parent_label FROM content_category c
       LEFT JOIN content_category p ON p.code = c.parent_code WHERE c.code = $1 AND c.retired_at IS NULL`,
      [code],
    );
    if (!rows[0]) throw invalidField('categoryCode', '内容分类不存在或已停用，请重新选择');
    return { code: rows[0].code, label: rows[0].parent_label ? `${rows[0].parent_label}/${rows[0].label}` : rows[0].label, version: rows[0].version };
  }

  private async checkPlace(townshipId: string, villageId: string | null): Promise<void> {
    const township: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`,
      [townshipId],
    );
    if (township.length === 0) throw invalidField('townshipId', '问题属地乡镇不存在或已撤销');
    if (!villageId) return;
    const village: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM org_unit WHERE id = $1 AND parent_id = $2 AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL`,
      [villageId, townshipId],
    );
    if (village.length === 0) throw invalidField('villageId', '所选村（社区）不属于问题属地乡镇，或已撤销');
  }

  private async checkUnit(unitId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type <> 'COUNTY'`, [unitId]);
    if (rows.length === 0) throw invalidField('involvedUnitId', '涉及单位不存在');
  }

  /** One primary petitioner, no one twice, at most five representatives, all within the caller's reach. */
  private async checkPetitioners(request: CreateCaseRequest, user: CurrentUser): Promise<void> {
    const ids = request.petitioners.map((p) => p.petitionerId);
    if (new Set(ids).size !== ids.length) throw invalidField('petitioners', '同一信访人不能重复添加');
    if (request.petitioners.filter((p) => p.role === 'PRIMARY').length !== 1) throw invalidField('petitioners', '须指定且只能指定一名主要信访人');
    const representatives = request.petitioners.filter((p) => p.role === 'REPRESENTATIVE').length;
    if (representatives > MAX_GROUP_REPRESENTATIVES) {
      throw invalidField('petitioners', `多人走访推选的代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条），当前为 ${representatives} 人`);
    }
    if (request.peopleCount < ids.length) throw invalidField('peopleCount', `人数（${request.peopleCount}）不能少于已登记的信访人数（${ids.length}）`);
    const params: unknown[] = [ids];
    const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
    const found: { id: string }[] = await this.dataSource.query(`SELECT p.id FROM petitioner p WHERE p.id = ANY($1::uuid[]) AND ${scope}`, params);
    if (found.length !== ids.length) throw invalidField('petitioners', '所选信访人不存在或不在您的管辖范围内');
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
      throw invalidField('receivedOn', `${CHANNEL_LABELS[request.channel]}须填写收到日期（来信：信件到达日，未记录到达日的以邮戳日期为准；网上信访：提交日期），15 日办理期限自收到之日起算（《信访工作条例》第二十二条、第二十三条）`);
    }
    return registeredOn;
  }
  if (request.receivedOn > registeredOn) throw invalidField('receivedOn', `收到日期不能晚于登记日期 ${registeredOn}（也不能是将来的日期）`);
  return request.receivedOn;
}
