import { Injectable, Logger } from '@nestjs/common';
import type { BudgetSpendingView, CreateBudgetSpendingRequest, CurrentUser } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { invalidField } from '../../core/http/api-errors';
import { type OutboxJobData, OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { BudgetProjectsService } from './budget-projects.service';
import { type SpendingRow, toSpendingView, yuanToFen } from './budget.rows';
import { BudgetSpendingEntity } from './entities/budget-spending.entity';

const SPENDING_SELECT = 'SELECT id, spent_on::text AS spent_on, amount_fen, description, source, source_ref, created_at FROM budget_spending';

/** The payload `duty.subsidy-approved` carries (see SubsidiesService.approve). */
interface SubsidyApprovedPayload {
  unitId: string;
  budgetProjectCode: string;
  totalFen: number;
  personDays: number;
  dateFrom: string;
  dateTo: string;
}

/**
 * 支出记录: entered by hand, or booked from an approved 值班补助发放表. A sheet is booked on the
 * day it was approved, to the project of its code in that year, once: the sheet id is the row's
 * source reference, so a redelivered or repeated event adds nothing.
 */
@Injectable()
export class BudgetSpendingService {
  private readonly logger = new Logger(BudgetSpendingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly projects: BudgetProjectsService,
    private readonly outbox: OutboxService,
  ) {}

  async list(projectId: string): Promise<BudgetSpendingView[]> {
    const project = await this.projects.row(this.dataSource.manager, projectId);
    const rows: SpendingRow[] = await this.dataSource.query(`${SPENDING_SELECT} WHERE project_code = $1 AND year = $2 ORDER BY spent_on DESC, created_at DESC, id`, [
      project.code,
      project.year,
    ]);
    return rows.map(toSpendingView);
  }

  async create(projectId: string, dto: CreateBudgetSpendingRequest, user: CurrentUser): Promise<BudgetSpendingView> {
    return this.transactions.run(async (m) => {
      const project = await this.projects.row(m, projectId);
      if (!dto.spentOn.startsWith(`${project.year}-`)) throw invalidField('spentOn', `支出日期应在项目年度 ${project.year} 年内`);
      const { id } = await insertRow(
        m,
        BudgetSpendingEntity,
        {
          projectCode: project.code,
          year: project.year,
          spentOn: dto.spentOn,
          amountFen: String(yuanToFen(dto.amountYuan)),
          description: dto.description.trim(),
          source: 'MANUAL',
          createdBy: user.id,
        },
        ['id'],
      );
      const [row]: SpendingRow[] = await m.query(`${SPENDING_SELECT} WHERE id = $1`, [id]);
      await this.audit.record(m, {
        action: 'budget_spending.create',
        entityType: 'budget_spending',
        entityId: row.id,
        changes: { project: { after: project.code }, amountYuan: { after: dto.amountYuan }, spentOn: { after: dto.spentOn } },
      });
      await this.outbox.record(m, { eventType: 'budget.spending-recorded', aggregateType: 'budget_spending', aggregateId: row.id, payload: { projectCode: project.code } });
      return toSpendingView(row);
    });
  }

  /** Handler of `duty.subsidy-approved`; returns whether a row was added. */
  async bookSubsidySheet(m: EntityManager, event: OutboxJobData): Promise<boolean> {
    const [row]: { payload: SubsidyApprovedPayload; created_at: Date }[] = await m.query('SELECT payload, created_at FROM outbox_event WHERE id = $1', [event.eventId]);
    if (!row) throw new Error(`outbox event ${event.eventId} not found`);
    const p = row.payload;
    const approvedOn = chinaDate(row.created_at);
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO budget_spending (project_code, year, spent_on, amount_fen, description, source, source_ref)
       VALUES ($1, $2, $3, $4, $5, 'DUTY_SUBSIDY', $6) ON CONFLICT (source, source_ref) WHERE source_ref IS NOT NULL DO NOTHING RETURNING id`,
      [p.budgetProjectCode, Number(approvedOn.slice(0, 4)), approvedOn, p.totalFen, `值班补助发放表（${p.dateFrom} 至 ${p.dateTo}，${p.personDays} 人·天）`, event.aggregateId],
    );
    if (inserted.length === 0) this.logger.debug(`Subsidy sheet ${event.aggregateId} is already booked`);
    else
      await this.outbox.record(m, {
        eventType: 'budget.spending-recorded',
        aggregateType: 'budget_spending',
        aggregateId: inserted[0].id,
        payload: { projectCode: p.budgetProjectCode },
      });
    return inserted.length > 0;
  }
}
