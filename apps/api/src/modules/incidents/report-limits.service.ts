import { Injectable } from '@nestjs/common';
import { type IncidentLevel, type IncidentReportLimit, INCIDENT_LEVELS } from '@julu/contracts';
import { reportLimitsProblem } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { SQL_NOW, updateRows } from '../../core/database/typed-writes';
import { invalid, notFound } from '../../core/http/api-errors';
import { AuditService, changedFields } from '../audit';
import type { UpdateReportLimitDto } from './dto/update-report-limit.dto';
import { IncidentReportLimitEntity } from './entities/incident-report-limit.entity';

interface LimitRow {
  level: IncidentLevel;
  phone_minutes: number;
  written_minutes: number;
}

const minutes = (l: IncidentReportLimit): { phoneMinutes: number; writtenMinutes: number } => ({ phoneMinutes: l.phoneMinutes, writtenMinutes: l.writtenMinutes });

const toView = (r: LimitRow): IncidentReportLimit => ({ level: r.level, phoneMinutes: r.phone_minutes, writtenMinutes: r.written_minutes });

/** The phone and written report limits per level (DOMAIN.md §4.2), set by administrators. */
@Injectable()
export class ReportLimitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<IncidentReportLimit[]> {
    const rows: LimitRow[] = await this.dataSource.query('SELECT level, phone_minutes, written_minutes FROM incident_report_limit');
    return INCIDENT_LEVELS.flatMap((level) => rows.filter((r) => r.level === level).map(toView));
  }

  async forLevel(m: EntityManager, level: IncidentLevel): Promise<IncidentReportLimit> {
    const rows: LimitRow[] = await m.query('SELECT level, phone_minutes, written_minutes FROM incident_report_limit WHERE level = $1', [level]);
    if (!rows[0]) throw notFound('事件等级不存在');
    return toView(rows[0]);
  }

  /** Applies to incidents discovered from now on; earlier ones keep the limits they started under. */
  async update(level: string, dto: UpdateReportLimitDto): Promise<IncidentReportLimit> {
    if (!(INCIDENT_LEVELS as readonly string[]).includes(level)) throw notFound('事件等级不存在');
    const problem = reportLimitsProblem(dto);
    if (problem) throw invalid(problem);
    return this.transactions.run(async (m) => {
      const before = await this.forLevel(m, level as IncidentLevel);
      await updateRows(m, IncidentReportLimitEntity, { level }, { phoneMinutes: dto.phoneMinutes, writtenMinutes: dto.writtenMinutes, updatedAt: SQL_NOW });
      const after = { ...before, phoneMinutes: dto.phoneMinutes, writtenMinutes: dto.writtenMinutes };
      await this.audit.record(m, {
        action: 'incident.report-limit.update',
        entityType: 'incident_report_limit',
        entityId: level,
        changes: changedFields(minutes(before), minutes(after)),
      });
      return after;
    });
  }
}
