import type { BudgetSpendingView, GoalFlag, GoalOperator, QualitativeGradeCode, SpendingCheckpointView } from '@julu/contracts';

export const PROJECT_NOT_FOUND = '预算项目不存在';
export const ROW_NOT_FOUND = '绩效指标行不存在';

export interface ProjectRow {
  id: string;
  year: number;
  code: string;
  name: string;
  unit_code: string;
  unit_name: string;
  budget_fen: string;
  fiscal_fen: string;
  other_fen: string | null;
  funding_source: string;
  purpose: string;
  goal: string;
  spending_plan: SpendingCheckpointView[];
  goal_rows: number;
  flagged_rows: number;
}

export const PROJECT_SELECT = `
  SELECT p.id, p.year, p.code, p.name, p.unit_code, p.unit_name, p.budget_fen, p.fiscal_fen, p.other_fen, p.funding_source, p.purpose, p.goal, p.spending_plan,
         (SELECT count(*)::int FROM budget_goal_row g WHERE g.project_id = p.id) AS goal_rows,
         (SELECT count(*)::int FROM budget_goal_row g WHERE g.project_id = p.id AND cardinality(g.flags) > 0) AS flagged_rows
  FROM budget_project p`;

export interface GoalRow {
  id: string;
  project_id: string;
  position: number;
  level1: string;
  level2: string;
  name: string;
  description: string;
  target_text: string;
  basis: string;
  operator: GoalOperator | null;
  target_value: string | null;
  unit: string | null;
  flags: GoalFlag[];
  indicator_code: string | null;
  manual_actual: string | null;
  manual_grade: QualitativeGradeCode | null;
  evidence: string | null;
}

export const GOAL_ROW_SELECT = `
  SELECT id, project_id, position, level1, level2, name, description, target_text, basis, operator, target_value, unit, flags, indicator_code, manual_actual, manual_grade, evidence
  FROM budget_goal_row`;

export interface SpendingRow {
  id: string;
  spent_on: string;
  amount_fen: string;
  description: string;
  source: BudgetSpendingView['source'];
  source_ref: string | null;
  created_at: Date;
}

export const toSpendingView = (r: SpendingRow): BudgetSpendingView => ({
  id: r.id,
  spentOn: r.spent_on,
  amountYuan: fenToYuan(Number(r.amount_fen)),
  description: r.description,
  source: r.source,
  sourceRef: r.source_ref,
  createdAt: r.created_at.toISOString(),
});

export const fenToYuan = (fen: number): number => Math.round(fen) / 100;
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);
export const numberOrNull = (v: string | null): number | null => (v === null ? null : Number(v));
export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;
