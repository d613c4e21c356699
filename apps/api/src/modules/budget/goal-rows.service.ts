import { Injectable } from '@nestjs/common';
import type { CurrentUser, GoalRowView, QualitativeGradeCode, UpdateGoalRowRequest } from '@julu/contracts';
import { INDICATOR_CODES, type IndicatorCode, indicatorDefinition, targetMet } from '@julu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Transactions } from '../../core/database/transactions';
import { invalidField, notFound } from '../../core/http/api-errors';
import { AuditService } from '../audit';
import { incompleteListWarning, incompleteVillageLists } from '../org';
import { statedTarget } from './goal-target-unit';
import { GOAL_ROW_SELECT, type GoalRow, numberOrNull, ROW_NOT_FOUND } from './budget.rows';

/** The budget module's own figure: a project's execution is counted here, not by a snapshot. */
const SPENDING_PROGRESS: IndicatorCode = 'SPENDING_PROGRESS';

interface Snapshot {
  indicator_code: string;
  value: string | null;
  computed_at: Date;
}

/** Indicators counted over complete township village lists only: their rows name the townships left out. */
const VILLAGE_LIST_INDICATORS: ReadonlySet<string> = new Set(['VILLAGE_COVERAGE', 'PUBLICITY_PLAN_COMPLETION']);

const isIndicator = (code: string): code is IndicatorCode => (INDICATOR_CODES as readonly string[]).includes(code);

/**
 * 绩效目标表 rows as a scorecard: a bound row shows the indicator engine's county-wide snapshot of
 * the project's year (or "no data" while none exists), a row bound to 资金支出进度 shows the
 * project's own execution, and the other rows show what was entered by hand with its evidence.
 */
@Injectable()
export class GoalRowsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async rows(m: EntityManager, projectId: string): Promise<GoalRow[]> {
    return m.query(`${GOAL_ROW_SELECT} WHERE project_id = $1 ORDER BY position`, [projectId]);
  }

  async scorecard(m: EntityManager, project: { id: string; year: number }, executionPercent: number | null): Promise<GoalRowView[]> {
    const rows = await this.rows(m, project.id);
    const snapshots = await this.snapshots(m, String(project.year), [...new Set(rows.map((r) => r.indicator_code).filter((c): c is string => c !== null))]);
    const villageWarning = rows.some((r) => r.indicator_code !== null && VILLAGE_LIST_INDICATORS.has(r.indicator_code))
      ? incompleteListWarning(await incompleteVillageLists(m))
      : null;
    return rows.map((r) => ({
      ...this.view(r, snapshots, executionPercent),
      indicatorWarning: r.indicator_code !== null && VILLAGE_LIST_INDICATORS.has(r.indicator_code) ? villageWarning : null,
    }));
  }

  async update(projectId: string, rowId: string, dto: UpdateGoalRowRequest, user: CurrentUser): Promise<GoalRowView> {
    if (dto.indicatorCode && !isIndicator(dto.indicatorCode)) throw invalidField('indicatorCode', `没有编码为 ${dto.indicatorCode} 的指标`);
    return this.transactions.run(async (m) => {
      const [row]: GoalRow[] = await m.query(`${GOAL_ROW_SELECT} WHERE id = $1 AND project_id = $2 FOR UPDATE`, [rowId, projectId]);
      if (!row) throw notFound(ROW_NOT_FOUND);
      const next = {
        indicator_code: dto.indicatorCode === undefined ? row.indicator_code : dto.indicatorCode,
        manual_actual: dto.manualActual === undefined ? numberOrNull(row.manual_actual) : dto.manualActual,
        manual_grade: dto.manualGrade === undefined ? row.manual_grade : dto.manualGrade,
        evidence: dto.evidence === undefined ? row.evidence : (dto.evidence?.trim() ?? null),
      };
      const entersActual = (dto.manualActual !== undefined && dto.manualActual !== null) || (dto.manualGrade !== undefined && dto.manualGrade !== null);
      if (entersActual && !next.evidence) throw invalidField('evidence', '手工录入实际完成值时须说明依据或证明材料（如调查问卷汇总、会议纪要）');
      if (row.operator === '定性' && next.manual_actual !== null) throw invalidField('manualActual', '定性指标请选择达成情况，而不是填写数值');
      await m.query(
        `UPDATE budget_goal_row SET indicator_code = $2, manual_actual = $3, manual_grade = $4, evidence = $5,
           actual_entered_by = CASE WHEN $6 THEN $7::uuid ELSE actual_entered_by END, actual_entered_at = CASE WHEN $6 THEN now() ELSE actual_entered_at END
         WHERE id = $1`,
        [rowId, next.indicator_code, next.manual_actual, next.manual_grade, next.evidence, entersActual, user.id],
      );
      await this.audit.record(m, {
        action: 'budget_goal_row.update',
        entityType: 'budget_goal_row',
        entityId: rowId,
        changes: {
          indicatorCode: { before: row.indicator_code, after: next.indicator_code },
          manualActual: { before: numberOrNull(row.manual_actual), after: next.manual_actual },
          manualGrade: { before: row.manual_grade, after: next.manual_grade },
        },
      });
      const [project]: { id: string; year: number }[] = await m.query('SELECT id, year FROM budget_project WHERE id = $1', [projectId]);
      const view = (await this.scorecard(m, project, null)).find((r) => r.id === rowId);
      if (!view) throw notFound(ROW_NOT_FOUND);
      return view;
    });
  }

  /** County-wide year snapshots of the indicator engine; none while its table or rows do not exist yet. */
  private async snapshots(m: EntityManager, periodKey: string, codes: string[]): Promise<Map<string, Snapshot>> {
    if (codes.length === 0) return new Map();
    const [{ present }]: { present: boolean }[] = await m.query(`SELECT to_regclass('indicator_snapshot') IS NOT NULL AS present`);
    if (!present) return new Map();
    const rows: Snapshot[] = await m.query(
      `SELECT s.indicator_code, s.value, s.computed_at FROM indicator_snapshot s
       JOIN org_unit o ON o.id = s.org_unit_id AND o.type = 'COUNTY'
       WHERE s.period_key = $1 AND s.indicator_code = ANY($2)`,
      [periodKey, codes],
    );
    return new Map(rows.map((r) => [r.indicator_code, r]));
  }

  private view(r: GoalRow, snapshots: Map<string, Snapshot>, executionPercent: number | null): Omit<GoalRowView, 'indicatorWarning'> {
    const targetValue = numberOrNull(r.target_value);
    let actual: number | null = null;
    let actualSource: GoalRowView['actualSource'] = 'NONE';
    let computedAt: string | null = null;
    if (r.indicator_code === SPENDING_PROGRESS) {
      actual = executionPercent;
      actualSource = actual === null ? 'NONE' : 'SPENDING';
    } else if (r.indicator_code) {
      const s = snapshots.get(r.indicator_code);
      if (s) {
        actual = numberOrNull(s.value);
        actualSource = 'INDICATOR';
        computedAt = s.computed_at.toISOString();
      }
    } else if (r.manual_actual !== null || r.manual_grade !== null) {
      actual = numberOrNull(r.manual_actual);
      actualSource = 'MANUAL';
    }
    const stated = statedTarget({ targetText: r.target_text, operator: r.operator, targetValue, unit: r.unit, indicatorCode: r.indicator_code });
    return {
      id: r.id,
      position: r.position,
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      description: r.description,
      targetText: stated.targetText,
      targetTextAsWritten: stated.targetTextAsWritten,
      basis: r.basis,
      operator: r.operator,
      targetValue,
      unit: stated.unit,
      flags: r.flags,
      indicatorCode: r.indicator_code,
      indicatorName: r.indicator_code && isIndicator(r.indicator_code) ? indicatorDefinition(r.indicator_code).name : null,
      manualActual: numberOrNull(r.manual_actual),
      manualGrade: r.manual_grade,
      evidence: r.evidence,
      actual,
      actualSource,
      computedAt,
      met: r.operator === '定性' ? gradeMet(r.manual_grade) : targetMet({ operator: r.operator, value: targetValue }, actual),
    };
  }
}

const gradeMet = (grade: QualitativeGradeCode | null): boolean | null => (grade === null ? null : grade === 'ACHIEVED');
