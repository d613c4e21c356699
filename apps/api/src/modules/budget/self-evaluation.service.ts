import { Injectable } from '@nestjs/common';
import type { CurrentUser, GoalRowView, SaveSelfEvaluationRequest, SelfEvaluationRowRequest, SelfEvaluationRowView, SelfEvaluationView } from '@julu/contracts';
import { evaluationCategory, type EvaluationRowInput, QUALITATIVE_GRADE_LABELS, QUALITATIVE_RANGES, scoreEvaluation, targetDirection } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { invalidField } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import { projectExecution } from './budget-execution';
import { BudgetProjectsService } from './budget-projects.service';
import { type ProjectRow, round2 } from './budget.rows';
import { GoalRowsService } from './goal-rows.service';
import { selfEvaluationWorkbook } from './self-evaluation.workbook';

interface SavedEvaluation {
  result: SelfEvaluationView | null;
  inputs: SelfEvaluationRowRequest[];
  summary: string;
  updated_at: Date;
}

type Direction = NonNullable<SelfEvaluationRowView['direction']>;

/**
 * A row is scored against its number when it has one; a row whose target could not be parsed
 * (flagged, no operator or no value) is graded like a qualitative row by the evaluator.
 */
const directionOf = (r: GoalRowView): Direction => (r.operator && r.operator !== '定性' && r.targetValue !== null ? targetDirection(r.operator) : 'QUALITATIVE');

const WEIGHTS_FIXED = '分值按绩效自评表模板固定（预算执行 10、产出 50、效益 30、满意度 10 分，各类指标平均分配，DOMAIN.md §6.5），不能逐行调整';

/**
 * A row as the evaluator leaves it. Departing from the scorecard — another actual, another grade,
 * or 不适用 — needs evidence (依据/证明材料) and stays visible beside the scorecard's value.
 */
function rowView(r: GoalRowView, direction: Direction, category: SelfEvaluationRowView['category'], input: SelfEvaluationRowRequest | undefined): SelfEvaluationRowView {
  const qualitative = direction === 'QUALITATIVE';
  const actual = qualitative ? null : input?.actual !== undefined ? input.actual : r.actual;
  const grade = qualitative ? (input?.grade !== undefined ? input.grade : r.manualGrade) : null;
  const notApplicable = input?.notApplicable === true;
  const evidence = input?.evidence?.trim() || null;
  const changes = [
    !qualitative && actual !== r.actual ? `实际完成值（系统值 ${r.actual ?? '无'}）` : null,
    qualitative && grade !== r.manualGrade ? '达成情况' : null,
    notApplicable ? '“不适用”' : null,
  ].filter((c): c is string => c !== null);
  if (changes.length > 0 && !evidence) throw invalidField('rows', `第 ${r.position} 行“${r.name}”：改动${changes.join('、')}须填写依据或证明材料`);
  return {
    goalRowId: r.id,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    targetText: r.targetText,
    category,
    direction,
    actual,
    computedActual: qualitative ? null : r.actual,
    grade,
    percent: qualitative ? (input?.percent ?? null) : null,
    notApplicable,
    overridden: changes.length > 0,
    evidence: changes.length > 0 ? evidence : null,
    weight: 0,
    score: null,
    deviationReason: input?.deviationReason?.trim() || null,
  };
}

/**
 * 项目支出绩效自评 (DOMAIN.md §6.5): 预算执行 from the year's spending (全年执行数 ÷ 全年预算数),
 * each goal row scored by the domain rule from the scorecard's actual (the bound indicator's
 * county snapshot of the year, the project's execution, or the manual actual) or the evaluator's
 * grade. Weights are the template's; an evaluator's departure from the scorecard needs evidence and
 * stays visible. A saved evaluation keeps its result as scored.
 */
@Injectable()
export class SelfEvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly projects: BudgetProjectsService,
    private readonly goalRows: GoalRowsService,
  ) {}

  /** The saved evaluation, or a draft scored from the scorecard as it stands. */
  async get(projectId: string, m: EntityManager = this.dataSource.manager): Promise<SelfEvaluationView> {
    const project = await this.projects.row(m, projectId);
    const saved = await this.saved(m, projectId);
    if (saved?.result) return { ...saved.result, saved: true, updatedAt: saved.updated_at.toISOString() };
    return this.compute(m, project, saved?.inputs ?? [], saved?.summary ?? '');
  }

  /** The 项目支出绩效自评表 as a workbook. */
  async export(projectId: string): Promise<{ fileName: string; content: Buffer }> {
    const m = this.dataSource.manager;
    const project = await this.projects.row(m, projectId);
    const view = await this.get(projectId, m);
    return { fileName: `${project.name}-${project.year}年度项目支出绩效自评表.xlsx`, content: await selfEvaluationWorkbook(project, view) };
  }

  async save(projectId: string, dto: SaveSelfEvaluationRequest, user: CurrentUser): Promise<SelfEvaluationView> {
    return this.transactions.run(async (m) => {
      const project = await this.projects.row(m, projectId);
      await m.query('SELECT id FROM budget_project WHERE id = $1 FOR UPDATE', [projectId]);
      const before = await this.saved(m, projectId);
      const view = await this.compute(m, project, dto.rows, dto.summary?.trim() ?? '');
      const [{ updated_at }]: { updated_at: Date }[] = await m.query(
        `INSERT INTO budget_evaluation (project_id, inputs, summary, total, grade, result, execution_percent, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
         ON CONFLICT (project_id) DO UPDATE SET inputs = $2, summary = $3, total = $4, grade = $5, result = $6, execution_percent = $7, updated_by = $8, updated_at = now()
         RETURNING updated_at`,
        [projectId, JSON.stringify(dto.rows), view.summary, view.total, view.grade, JSON.stringify({ ...view, saved: true }), view.executionPercent, user.id],
      );
      await this.audit.record(m, {
        action: 'budget_evaluation.save',
        entityType: 'budget_project',
        entityId: projectId,
        changes: {
          total: { before: before?.result?.total ?? null, after: view.total },
          grade: { before: before?.result?.grade ?? null, after: view.grade },
          overridden: { after: view.rows.filter((r) => r.overridden).map((r) => `${r.name}：${r.evidence ?? ''}`) },
        },
      });
      return { ...view, saved: true, updatedAt: updated_at.toISOString() };
    });
  }

  private async saved(m: EntityManager, projectId: string): Promise<SavedEvaluation | null> {
    const [row]: SavedEvaluation[] = await m.query('SELECT result, inputs, summary, updated_at FROM budget_evaluation WHERE project_id = $1', [projectId]);
    return row ?? null;
  }

  private async compute(m: EntityManager, project: ProjectRow, inputs: readonly SelfEvaluationRowRequest[], summary: string): Promise<SelfEvaluationView> {
    const execution = await projectExecution(
      m,
      { code: project.code, year: project.year, budgetFen: Number(project.budget_fen), plan: project.spending_plan },
      `${project.year}-12-31`,
    );
    const executionPercent = execution.executionPercent ?? 0;
    const scorecard = await this.goalRows.scorecard(m, project, execution.executionPercent);
    const byId = new Map(inputs.map((i) => [i.goalRowId, i]));
    if (byId.size !== inputs.length) throw invalidField('rows', '同一绩效指标行填写了多次');
    const unknown = inputs.find((i) => !scorecard.some((r) => r.id === i.goalRowId));
    if (unknown) throw invalidField('rows', '自评表中有不属于本项目的绩效指标行');

    if (inputs.some((i) => i.weight !== undefined && i.weight !== null)) throw invalidField('rows', WEIGHTS_FIXED);
    const views: SelfEvaluationRowView[] = [];
    const scored: EvaluationRowInput[] = [];
    for (const r of scorecard) {
      const input = byId.get(r.id);
      const category = evaluationCategory(r.level1);
      const direction = directionOf(r);
      const view = rowView(r, direction, category, input);
      views.push(view);
      if (!category) continue;
      // The weight is always the template's (DOMAIN.md §6.5): never taken from the evaluator.
      if (view.notApplicable) scored.push({ id: r.id, category, notApplicable: true });
      else if (direction === 'QUALITATIVE') {
        if (view.grade && view.percent !== null) {
          const [min, max] = QUALITATIVE_RANGES[view.grade];
          if (view.percent < min || view.percent > max)
            throw invalidField('rows', `第 ${r.position} 行“${r.name}”：${QUALITATIVE_GRADE_LABELS[view.grade]}的得分比例应在 ${min}%–${max}% 之间`);
        }
        scored.push({ id: r.id, category, direction, grade: view.grade, percent: view.percent ?? undefined });
      } else scored.push({ id: r.id, category, direction, target: r.targetValue ?? 0, actual: view.actual });
    }
    const result = scoreEvaluation({ executionPercent, rows: scored });
    for (const s of result.rows) {
      const view = views.find((v) => v.goalRowId === s.id);
      if (view) Object.assign(view, { weight: round2(s.weight), score: s.score });
    }
    return {
      projectId: project.id,
      budgetYuan: execution.budgetYuan,
      executedYuan: execution.executedYuan,
      executionPercent,
      budgetExecution: result.budgetExecution,
      rows: views,
      rawTotal: result.rawTotal,
      applicableWeight: result.applicableWeight,
      total: result.total,
      grade: result.grade,
      incomplete: result.incomplete,
      summary,
      saved: false,
      updatedAt: null,
    };
  }
}
