import { Injectable } from '@nestjs/common';
import { type CurrentUser, type IncidentDetail, INCIDENT_LEVEL_LABELS } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { coversTownship, territoryOf } from '../../core/access/territory';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { conflict, forbidden, invalid, invalidField } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { NotificationsService } from '../workflow';
import type { AddIncidentReportDto } from './dto/add-incident-report.dto';
import type { CreateIncidentDto } from './dto/create-incident.dto';
import { IncidentEntity } from './entities/incident.entity';
import { IncidentReportEntity } from './entities/incident-report.entity';
import { IncidentQueriesService } from './incident-queries.service';
import { chainProblem, checkReportTime, type ExistingReport, filedReportTime, nextFollowUpSeq } from './incident-rules';
import { reportLabel } from './incident.row';
import { ReportLimitsService } from './report-limits.service';

const hhmm = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

/** 突发信访事件: the quick report (快报) and each later step of the report chain, one transaction each. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly queries: IncidentQueriesService,
    private readonly limits: ReportLimitsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(dto: CreateIncidentDto, user: CurrentUser): Promise<IncidentDetail> {
    if (!coversTownship(territoryOf(user), dto.townshipId)) throw forbidden('只能上报本乡镇（开发区）的突发事件');
    const now = new Date();
    checkReportTime('discoveredAt', '获知时间', new Date(dto.discoveredAt), now);
    // A discovery a few minutes ahead (a fast phone clock) is now: it never moves the report limits later.
    const discoveredAt = new Date(Math.min(new Date(dto.discoveredAt).getTime(), now.getTime()));
    const phone = dto.phoneReportedAt
      ? filedReportTime({ time: 'phoneReportedAt', reason: 'phoneTimeReason' }, '电话报告时间', dto.phoneReportedAt, dto.phoneTimeReason, now, discoveredAt)
      : null;
    const phoneAt = phone?.at ?? null;
    const reportedTo = [...new Set((dto.reportedTo ?? []).map((r) => r.trim()).filter(Boolean))];
    if (phoneAt && reportedTo.length === 0) throw invalidField('reportedTo', '已电话报告的，请选择报送对象');
    return this.transactions.run(async (m) => {
      const township = await this.checkPlace(m, dto.townshipId, dto.villageId ?? null);
      const limits = await this.limits.forLevel(m, dto.level);
      const incidentNo = await this.nextNumber(m, Number(chinaDate(discoveredAt).slice(0, 4)));
      const { id } = await insertRow(
        m,
        IncidentEntity,
        {
          incidentNo,
          title: dto.title.trim(),
          discoveredAt,
          level: dto.level,
          nature: dto.nature,
          source: dto.source ?? 'SELF',
          townshipId: dto.townshipId,
          villageId: dto.villageId ?? null,
          placeDetail: dto.placeDetail.trim(),
          peopleCount: dto.peopleCount,
          description: dto.description.trim(),
          measures: dto.measures?.trim() ?? '',
          phoneLimitMinutes: limits.phoneMinutes,
          writtenLimitMinutes: limits.writtenMinutes,
          phoneReportedAt: phoneAt,
          reportedTo: phoneAt ? reportedTo : [],
          createdBy: user.id,
        },
        ['id'],
      );
      if (phoneAt) {
        await insertRow(m, IncidentReportEntity, {
          incidentId: id,
          kind: 'PHONE',
          reportedAt: phoneAt,
          reportedTo,
          content: '',
          reportedBy: user.id,
          timeReason: phone?.reason ?? null,
        });
      }
      await this.audit.record(m, {
        action: 'incident.create',
        entityType: 'incident',
        entityId: id,
        changes: { incidentNo: { after: incidentNo }, title: { after: dto.title.trim() } },
      });
      await this.outbox.record(m, { eventType: 'incident.reported', aggregateType: 'incident', aggregateId: id, payload: { townshipId: dto.townshipId, level: dto.level } });
      const phoneDue = new Date(discoveredAt.getTime() + limits.phoneMinutes * 60_000);
      const writtenDue = new Date(discoveredAt.getTime() + limits.writtenMinutes * 60_000);
      await this.notifications.notifyRole(m, 'SUPERVISOR', {
        kind: 'INCIDENT',
        title: `突发事件快报：${dto.title.trim()}`,
        body: `${township}，${INCIDENT_LEVEL_LABELS[dto.level]}，约 ${dto.peopleCount} 人，${hhmm(discoveredAt)} 获知；电话报告时限 ${hhmm(phoneDue)}，书面报告时限 ${hhmm(writtenDue)}`,
        caseId: null,
        dedupeKey: `incident:${id}:reported`,
      });
      return this.queries.get(id, user, m);
    });
  }

  async addReport(id: string, dto: AddIncidentReportDto, user: CurrentUser): Promise<IncidentDetail> {
    const content = dto.content.trim();
    if (dto.kind !== 'PHONE' && content.length < 4) throw invalidField('content', '请填写报告内容（至少 4 个字）');
    const reportedTo = [...new Set(dto.reportedTo.map((r) => r.trim()).filter(Boolean))];
    if (reportedTo.length === 0) throw invalidField('reportedTo', '请至少选择一个报送对象');
    return this.transactions.run(async (m) => {
      const incident = await this.queries.visible(m, id, user, true);
      const filed = filedReportTime({ time: 'reportedAt', reason: 'timeReason' }, '报告时间', dto.reportedAt, dto.timeReason, new Date(), incident.discovered_at);
      const reportedAt = filed.at;
      const existing: ExistingReport[] = await m.query('SELECT kind, seq, reported_at FROM incident_report WHERE incident_id = $1', [id]);
      const problem = chainProblem(dto.kind, reportedAt, existing);
      if (problem) throw problem.conflict ? conflict(problem.message) : invalid(problem.message);
      const seq = dto.kind === 'FOLLOW_UP' ? nextFollowUpSeq(existing) : null;
      await insertRow(m, IncidentReportEntity, {
        incidentId: id,
        kind: dto.kind,
        seq,
        reportedAt,
        reportedTo,
        content,
        reportedBy: user.id,
        timeReason: filed.reason,
      });
      const column = { PHONE: 'phone_reported_at', INITIAL: 'written_reported_at', FOLLOW_UP: null, FINAL: 'final_reported_at' }[dto.kind];
      await m.query(
        `UPDATE incident SET reported_to = ARRAY(SELECT DISTINCT unnest(reported_to || $2::text[]))${column ? `, ${column} = $3` : ''} WHERE id = $1`,
        column ? [id, reportedTo, reportedAt] : [id, reportedTo],
      );
      const label = reportLabel(dto.kind, seq);
      await this.audit.record(m, { action: 'incident.report', entityType: 'incident', entityId: id, changes: { report: { after: `${label} ${reportedAt.toISOString()}` } } });
      await this.outbox.record(m, {
        eventType: dto.kind === 'FINAL' ? 'incident.closed' : 'incident.report-added',
        aggregateType: 'incident',
        aggregateId: id,
        payload: { kind: dto.kind },
      });
      return this.queries.get(id, user, m);
    });
  }

  /** The township's name; the village, when given, must belong to it. */
  private async checkPlace(m: EntityManager, townshipId: string, villageId: string | null): Promise<string> {
    const [township]: { name: string }[] = await m.query(`SELECT name FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL`, [
      townshipId,
    ]);
    if (!township) throw invalidField('townshipId', '请选择事发乡镇（开发区）');
    if (villageId) {
      const village: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND parent_id = $2 AND type IN ('VILLAGE', 'COMMUNITY')`, [villageId, townshipId]);
      if (village.length === 0) throw invalidField('villageId', '所选村（社区）不属于事发乡镇');
    }
    return township.name;
  }

  /** 突发〔2026〕001号: numbered per year of discovery, without gaps. */
  private async nextNumber(m: EntityManager, year: number): Promise<string> {
    const [{ last_seq }]: { last_seq: number }[] = await m.query(
      `INSERT INTO incident_number_counter (year, last_seq) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_seq = incident_number_counter.last_seq + 1 RETURNING last_seq`,
      [year],
    );
    return `突发〔${year}〕${String(last_seq).padStart(3, '0')}号`;
  }
}
