import type { BudgetMonitoringRowRequest } from '@julu/contracts';
import { monitoringRowProblem, type QualitativeGrade, QUALITATIVE_GRADE_LABELS, QUALITATIVE_RANGES } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';

/** The 登记支出 form as typed. */
export interface SpendingDraft {
  spentOn: string;
  amountYuan: number | null;
  description: string;
}

export const SPENDING_FIELDS = ['spentOn', 'amountYuan', 'description'] as const;

export const emptySpending = (): SpendingDraft => ({ spentOn: '', amountYuan: null, description: '' });

const inYear = (day: string, year: number): boolean => day.startsWith(`${year}-`);

/** What 登记支出 can tell before the API does (CreateBudgetSpendingDto and the project-year rule), per field. */
export function spendingErrors(draft: SpendingDraft, year: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.spentOn) errors.push({ field: 'spentOn', message: '请选择支出日期' });
  else if (!inYear(draft.spentOn, year)) errors.push({ field: 'spentOn', message: `支出日期应在项目年度 ${year} 年内` });
  if (draft.amountYuan === null) errors.push({ field: 'amountYuan', message: '请填写金额（元）；冲减已登记的支出填负数' });
  else if (Math.abs(draft.amountYuan) > 1e9) errors.push({ field: 'amountYuan', message: '金额超出范围' });
  const description = draft.description.trim();
  if (description.length < 2) errors.push({ field: 'description', message: '请填写支出摘要（至少 2 个字），例如 印制宣传册' });
  else if (description.length > 500) errors.push({ field: 'description', message: '支出摘要不能超过 500 个字' });
  return errors;
}

/** The field of row `position` of the monitoring table, as the API names it (`rows.<position>.<field>`). */
export const monitoringRowField = (position: number, field: string): string => `rows.${position}.${field}`;

/** What 保存监控表 can tell before the API does (CreateBudgetMonitoringDto and monitoringRowProblem), per field. */
export function monitoringErrors(asOf: string, forecastYuan: number | null, year: number, rows: readonly (BudgetMonitoringRowRequest & { position: number })[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!asOf) errors.push({ field: 'asOf', message: '请选择监控截止日期' });
  else if (!inYear(asOf, year)) errors.push({ field: 'asOf', message: `监控截止日期应在项目年度（${year}年）内` });
  if (forecastYuan === null) errors.push({ field: 'forecastYuan', message: '请填写全年预计执行数（元）' });
  else if (forecastYuan < 0) errors.push({ field: 'forecastYuan', message: '全年预计执行数不能为负数' });
  for (const r of rows) {
    if ((r.actualToDate ?? '').length > 200) errors.push({ field: monitoringRowField(r.position, 'actualToDate'), message: '半年度执行情况不超过 200 字' });
    const problem = monitoringRowProblem(r);
    if (problem) errors.push({ field: monitoringRowField(r.position, problem.field), message: problem.message });
  }
  return errors;
}

/** The field of row `index` (0-based, as the table lists them) of the self-evaluation. */
export const evaluationRowField = (index: number, field: string): string => `row.${index}.${field}`;

interface EvaluationRowDraft {
  direction: string | null;
  grade: QualitativeGrade | null;
  percent: number | null;
  notApplicable: boolean;
  evidence: string | null;
}

/**
 * What 保存自评 can tell before the API does (SelfEvaluationService): a qualitative grade's share
 * within its range, and 不适用 with its evidence. A changed grade also needs evidence; only the API
 * knows the scorecard's grade, so that refusal is shown beside the button.
 */
export function evaluationErrors(rows: readonly EvaluationRowDraft[]): FieldError[] {
  const errors: FieldError[] = [];
  rows.forEach((r, i) => {
    if (r.direction === 'QUALITATIVE' && !r.notApplicable && r.grade && r.percent !== null) {
      const [min, max] = QUALITATIVE_RANGES[r.grade];
      if (r.percent < min || r.percent > max)
        errors.push({ field: evaluationRowField(i, 'percent'), message: `${QUALITATIVE_GRADE_LABELS[r.grade]}的得分比例应在 ${min}%–${max}% 之间` });
    }
    if (r.notApplicable && !r.evidence?.trim()) errors.push({ field: evaluationRowField(i, 'evidence'), message: '勾选“不适用”须填写依据或证明材料' });
  });
  return errors;
}
