import { Injectable } from '@nestjs/common';
import type { BudgetMonitoringView, CreateBudgetMonitoringRequest, CurrentUser } from '@julu/contracts';
import { monitoringRowProblem } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { insertRow } from '../../core/database/typed-writes';
import { invalidField } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import { projectExecution } from './budget-execution';
import { BudgetProjectsService } from './budget-projects.service';
import { BudgetMonitoringEntity } from './entities/budget-monitoring.entity';
import { fenToYuan, yuanToFen } from './budget.rows';
import { GoalRowsService } from './goal-rows.service';

type MonitoringRows = BudgetMonitoringView['rows'];

interface MonitoringRecordRow {
  id: string;
  as_of: string;
  budget_fen: string;
  executed_fen: string;
  forecast_fen: string;
  rows: MonitoringRows;
  created_by: string;
  created_at: Date;
}

const toView = (r: MonitoringRecordRow): BudgetMonitoringView => ({
  id: r.id,
  asOf: r.as_of,
  budgetYuan: fenToYuan(Number(r.budget_fen)),
  executedYuan: fenToYuan(Number(r.executed_fen)),
  forecastYuan: fenToYuan(Number(r.forecast_fen)),
  rows: r.rows,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
});

/**
 * 绩效运行监控 (DOMAIN.md §6.4): a dated record per project of 年初预算数, 执行数 to the day (from
 * the spending booked), 全年预计执行数, and for every goal row its execution so far and the
 * likelihood of reaching the target — 有可能 and 不可能 with the cause and the measures. Records
 * are kept (a later one does not overwrite an earlier one); the newest is the project's current view.
 */
@Injectable()
export class BudgetMonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly projects: BudgetProjectsService,
    private readonly goalRows: GoalRowsService,
  ) {}

  /** The project's records, newest first. */
  async list(projectId: string, m: EntityManager = this.dataSource.manager): Promise<BudgetMonitoringView[]> {
    await this.projects.row(m, projectId);
    const rows: MonitoringRecordRow[] = await m.query(
      `SELECT b.id, b.as_of::text AS as_of, b.budget_fen, b.executed_fen, b.forecast_fen, b.rows, u.display_name AS created_by, b.created_at
       FROM budget_monitoring b JOIN app_user u ON u.id = b.created_by
       WHERE b.project_id = $1 ORDER BY b.as_of DESC, b.created_at DESC`,
      [projectId],
    );
    return rows.map(toView);
  }

  async create(projectId: string, dto: CreateBudgetMonitoringRequest, user: CurrentUser): Promise<BudgetMonitoringView> {
    return this.transactions.run(async (m) => {
      const project = await this.projects.row(m, projectId);
      if (!dto.asOf.startsWith(`${project.year}-`)) throw invalidField('asOf', `监控截止日期应在项目年度（${project.year}年）内`);
      const goalRows = await this.goalRows.rows(m, projectId);
      const byId = new Map(dto.rows.map((r) => [r.goalRowId, r]));
      if (byId.size !== dto.rows.length) throw invalidField('rows', '同一绩效指标行填写了多次');
      const known = new Set(goalRows.map((g) => g.id));
      if (dto.rows.some((r) => !known.has(r.goalRowId))) throw invalidField('rows', '监控表中有不属于本项目的绩效指标行');
      const rows: MonitoringRows = [];
      for (const g of goalRows) {
        const r = byId.get(g.id);
        const where = `第 ${g.position} 行“${g.name}”`;
        if (!r) throw invalidField('rows', `${where}：请填写完成目标可能性`);
        const problem = monitoringRowProblem(r);
        if (problem) throw invalidField(`rows.${g.position}.${problem.field}`, `${where}：${problem.message}`);
        const certain = r.likelihood === 'CERTAIN';
        rows.push({
          goalRowId: g.id,
          name: g.name,
          targetText: g.target_text,
          actualToDate: r.actualToDate?.trim() ?? '',
          likelihood: r.likelihood,
          causeCategory: certain ? (r.causeCategory ?? null) : r.causeCategory,
          causeText: r.causeText?.trim() || null,
          measures: r.measures?.trim() || null,
        });
      }
      const budgetFen = Number(project.budget_fen);
      const execution = await projectExecution(m, { code: project.code, year: project.year, budgetFen, plan: project.spending_plan }, dto.asOf);
      const { id } = await insertRow(
        m,
        BudgetMonitoringEntity,
        {
          projectId,
          asOf: dto.asOf,
          budgetFen: String(budgetFen),
          executedFen: String(yuanToFen(execution.executedYuan)),
          forecastFen: String(yuanToFen(dto.forecastYuan)),
          rows,
          createdBy: user.id,
        },
        ['id'],
      );
      await this.audit.record(m, {
        action: 'budget_monitoring.create',
        entityType: 'budget_project',
        entityId: projectId,
        changes: {
          monitoringId: { after: id },
          asOf: { after: dto.asOf },
          forecastYuan: { after: dto.forecastYuan },
          atRisk: { after: rows.filter((r) => r.likelihood !== 'CERTAIN').length },
        },
      });
      const [view] = (await this.list(projectId, m)).filter((v) => v.id === id);
      return view;
    });
  }
}
