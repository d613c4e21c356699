import { Injectable } from '@nestjs/common';
import type { BudgetProjectSummary, BudgetProjectView, CreateBudgetProjectRequest, CurrentUser } from '@julu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { conflict, notFound } from '../../core/http/api-errors';
import { OutboxService } from '../../core/outbox/outbox.service';
import { AuditService } from '../audit';
import { projectExecution } from './budget-execution';
import { fenToYuan, PROJECT_NOT_FOUND, PROJECT_SELECT, type ProjectRow, yuanToFen } from './budget.rows';
import { GoalRowsService } from './goal-rows.service';

/** 预算项目: the projects of each year with their cumulative execution against the plan. */
@Injectable()
export class BudgetProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly goalRows: GoalRowsService,
    private readonly outbox: OutboxService,
  ) {}

  async list(year?: number): Promise<BudgetProjectSummary[]> {
    const rows: ProjectRow[] = await this.dataSource.query(`${PROJECT_SELECT} WHERE ($1::int IS NULL OR p.year = $1) ORDER BY p.year DESC, p.code`, [year ?? null]);
    const m = this.dataSource.manager;
    return Promise.all(rows.map((r) => this.summary(m, r)));
  }

  async row(m: EntityManager, id: string): Promise<ProjectRow> {
    const [row]: ProjectRow[] = await m.query(`${PROJECT_SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw notFound(PROJECT_NOT_FOUND);
    return row;
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<BudgetProjectView> {
    const row = await this.row(m, id);
    const summary = await this.summary(m, row);
    return {
      ...summary,
      fiscalYuan: fenToYuan(Number(row.fiscal_fen)),
      otherYuan: row.other_fen === null ? null : fenToYuan(Number(row.other_fen)),
      fundingSource: row.funding_source,
      purpose: row.purpose,
      goal: row.goal,
      spendingPlan: row.spending_plan,
      rows: await this.goalRows.scorecard(m, row, summary.execution.executionPercent),
    };
  }

  async create(dto: CreateBudgetProjectRequest, user: CurrentUser): Promise<BudgetProjectView> {
    return this.transactions.run(async (m) => {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO budget_project (year, code, name, unit_code, unit_name, budget_fen, fiscal_fen, other_fen, funding_source, purpose, goal, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (year, code) DO NOTHING RETURNING id`,
        [
          dto.year,
          dto.code.trim(),
          dto.name.trim(),
          dto.unitCode.trim(),
          dto.unitName.trim(),
          yuanToFen(dto.budgetYuan),
          yuanToFen(dto.fiscalYuan),
          dto.otherYuan == null ? null : yuanToFen(dto.otherYuan),
          dto.fundingSource.trim(),
          dto.purpose.trim(),
          dto.goal.trim(),
          user.id,
        ],
      );
      if (inserted.length === 0) throw conflict(`${dto.year}年已有编码为 ${dto.code} 的预算项目`);
      const id = inserted[0].id;
      await this.audit.record(m, {
        action: 'budget_project.create',
        entityType: 'budget_project',
        entityId: id,
        changes: { code: { after: dto.code }, budgetYuan: { after: dto.budgetYuan } },
      });
      await this.outbox.record(m, { eventType: 'budget.project-recorded', aggregateType: 'budget_project', aggregateId: id, payload: { year: dto.year } });
      return this.get(id, m);
    });
  }

  private async summary(m: EntityManager, r: ProjectRow): Promise<BudgetProjectSummary> {
    const budgetFen = Number(r.budget_fen);
    return {
      id: r.id,
      year: r.year,
      code: r.code,
      name: r.name,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      budgetYuan: fenToYuan(budgetFen),
      execution: await projectExecution(m, { code: r.code, year: r.year, budgetFen, plan: r.spending_plan }),
      goalRows: r.goal_rows,
      flaggedRows: r.flagged_rows,
    };
  }
}
