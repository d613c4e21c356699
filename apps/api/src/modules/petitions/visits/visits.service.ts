import { Injectable } from '@nestjs/common';
import { type CurrentUser, type RegisterVisitRequest, type VisitRegistration, type VisitView } from '@julu/contracts';
import { GROUP_MIN_PEOPLE, MAX_GROUP_REPRESENTATIVES } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { territoryOf, townshipCondition } from '../../../core/access/territory';
import { Transactions } from '../../../core/database/transactions';
import { insertRow } from '../../../core/database/typed-writes';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { AuditService } from '../../audit';
import { CaseQueriesService } from '../cases/case-queries.service';
import { CaseRegistrationService } from '../cases/case-registration.service';
import { VisitRepresentativeEntity } from '../entities/visit-representative.entity';
import { VisitEntity } from '../entities/visit.entity';
import { invalidField } from '../../../core/http/api-errors';

interface VisitRow {
  id: string;
  case_id: string;
  case_no: string;
  arrival_at: Date;
  reception_started_at: Date;
  person_count: number;
  is_group: boolean;
  talk_outcome: string | null;
  received_by_name: string;
  representatives: { petitionerId: string; name: string }[];
}

const VISIT_SQL = `
  SELECT vi.id, vi.case_id, c.case_no, vi.arrival_at, vi.reception_started_at, vi.person_count, vi.is_group, vi.talk_outcome,
         u.display_name AS received_by_name,
         coalesce((SELECT json_agg(json_build_object('petitionerId', p.id, 'name', p.name) ORDER BY vr.position)
                   FROM visit_representative vr JOIN petitioner p ON p.id = vr.petitioner_id WHERE vr.visit_id = vi.id), '[]') AS representatives
  FROM visit vi JOIN petition_case c ON c.id = vi.case_id JOIN app_user u ON u.id = vi.received_by`;

const toVisitView = (r: VisitRow): VisitView => ({
  id: r.id,
  caseId: r.case_id,
  caseNo: r.case_no,
  arrivalAt: r.arrival_at.toISOString(),
  receptionStartedAt: r.reception_started_at.toISOString(),
  waitMinutes: Math.round((r.reception_started_at.getTime() - r.arrival_at.getTime()) / 60_000),
  personCount: r.person_count,
  group: r.is_group,
  representatives: r.representatives,
  talkOutcome: r.talk_outcome,
  receivedByName: r.received_by_name,
});

/**
 * 来访接待登记. A visit is one batch of persons; it registers a new case or attaches to an existing
 * one, and both commit together. A group visit speaks through at most five representatives
 * (《信访工作条例》 Art 20 ¶3).
 */
@Injectable()
export class VisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly registration: CaseRegistrationService,
    private readonly queries: CaseQueriesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async register(request: RegisterVisitRequest, user: CurrentUser): Promise<VisitRegistration> {
    this.checkShape(request);
    return this.transactions.run(async (m) => {
      // A new case is numbered last, after the visit's rows (the counter row is locked from then to the commit).
      const draft = request.newCase ? await this.registration.draft(m, request.newCase, user) : null;
      const caseId = draft?.id ?? request.caseId ?? null;
      if (!caseId) throw invalidField('caseId', '请选择已有信访事项或登记新事项');
      if (!draft) await this.queries.detailIn(m, caseId, user);
      await this.checkRepresentatives(m, request.representativeIds, user);
      const { id } = await insertRow(
        m,
        VisitEntity,
        {
          caseId,
          arrivalAt: request.arrivalAt,
          receptionStartedAt: request.receptionStartedAt,
          personCount: request.personCount,
          isGroup: request.personCount >= GROUP_MIN_PEOPLE,
          talkOutcome: request.talkOutcome?.trim() || null,
          receivedBy: user.id,
        },
        ['id'],
      );
      for (const [position, petitionerId] of request.representativeIds.entries()) {
        await insertRow(m, VisitRepresentativeEntity, { visitId: id, petitionerId, position });
      }
      await this.audit.record(m, {
        action: 'visit.register',
        entityType: 'visit',
        entityId: id,
        changes: { caseId: { after: caseId }, personCount: { after: request.personCount }, representatives: { after: request.representativeIds.length } },
      });
      await this.outbox.record(m, { eventType: 'visit.registered', aggregateType: 'petition_case', aggregateId: caseId, payload: { visitId: id } });
      const queryCode = draft ? (await this.registration.number(m, draft)).queryCode : null;
      return { visit: await this.read(m, id), queryCode };
    });
  }

  async listForCase(caseId: string, user: CurrentUser): Promise<VisitView[]> {
    const m = this.dataSource.manager;
    await this.queries.detailIn(m, caseId, user);
    const rows: VisitRow[] = await m.query(`${VISIT_SQL} WHERE vi.case_id = $1 ORDER BY vi.arrival_at`, [caseId]);
    return rows.map(toVisitView);
  }

  private checkShape(request: RegisterVisitRequest): void {
    if (Boolean(request.caseId) === Boolean(request.newCase)) throw invalidField('caseId', '请选择已有信访事项，或登记新事项（二者选一）');
    if (request.newCase && request.newCase.channel !== 'VISIT') throw invalidField('newCase.channel', '来访登记的新事项，信访形式须为来访');
    if (Date.parse(request.receptionStartedAt) < Date.parse(request.arrivalAt)) throw invalidField('receptionStartedAt', '开始接谈时间不能早于到达时间');
    if (Date.parse(request.receptionStartedAt) > Date.now() + 5 * 60_000) throw invalidField('receptionStartedAt', '开始接谈时间不能晚于当前时间');
    const ids = request.representativeIds;
    if (new Set(ids).size !== ids.length) throw invalidField('representativeIds', '同一代表不能重复添加');
    if (ids.length > MAX_GROUP_REPRESENTATIVES) {
      throw invalidField('representativeIds', `多人走访应推选代表，代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条），当前为 ${ids.length} 人`);
    }
    if (ids.length > request.personCount) throw invalidField('representativeIds', `代表人数（${ids.length}）不能多于来访人数（${request.personCount}）`);
    if (request.newCase && request.newCase.peopleCount !== request.personCount) {
      throw invalidField('personCount', `来访人数（${request.personCount}）与事项人数（${request.newCase.peopleCount}）不一致`);
    }
  }

  private async checkRepresentatives(m: EntityManager, ids: string[], user: CurrentUser): Promise<void> {
    if (ids.length === 0) return;
    const params: unknown[] = [ids];
    const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
    const found: unknown[] = await m.query(`SELECT 1 FROM petitioner p WHERE p.id = ANY($1::uuid[]) AND ${scope}`, params);
    if (found.length !== ids.length) throw invalidField('representativeIds', '所选代表不存在或不在您的管辖范围内');
  }

  private async read(m: EntityManager, id: string): Promise<VisitView> {
    const rows: VisitRow[] = await m.query(`${VISIT_SQL} WHERE vi.id = $1`, [id]);
    return toVisitView(rows[0]);
  }
}
