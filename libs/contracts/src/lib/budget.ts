/**
 * 预算绩效 (DOMAIN.md §6): budget projects, spending, 绩效目标表 rows, mid-year monitoring and the
 * year-end self-evaluation. Amounts travel in yuan with two decimals; the database keeps fen.
 */

export const BUDGET_SPENDING_SOURCES = ['MANUAL', 'DUTY_SUBSIDY'] as const;
export type BudgetSpendingSource = (typeof BUDGET_SPENDING_SOURCES)[number];
export const BUDGET_SPENDING_SOURCE_LABELS: Record<BudgetSpendingSource, string> = { MANUAL: '手工登记', DUTY_SUBSIDY: '值班补助发放表' };

export type GoalOperator = '≥' | '≤' | '=' | '定性';
export type GoalFlag = 'EMPTY' | 'UNPARSEABLE' | 'UNKNOWN_UNIT' | 'UNIT_MISMATCH' | 'RATE_AT_CEILING';
export type QualitativeGradeCode = 'ACHIEVED' | 'PARTLY' | 'NOT_ACHIEVED';
export type SpendingAlertCode = 'DUE_SOON' | 'MISSED';
export type MonitoringLikelihoodCode = 'CERTAIN' | 'POSSIBLE' | 'IMPOSSIBLE';
export type DeviationCauseCode = 'PLANNING' | 'FUNDING' | 'INSTITUTIONAL' | 'MANAGEMENT';

export interface SpendingCheckpointView {
  month: number;
  percent: number;
}

export interface BudgetExecutionView {
  asOf: string;
  budgetYuan: number;
  executedYuan: number;
  /** Rounded to 2 decimals; null for a zero budget. */
  executionPercent: number | null;
  lastCheckpoint: { month: number; percent: number; date: string; reached: boolean } | null;
  nextCheckpoint: { month: number; percent: number; date: string; daysLeft: number; gapPercent: number } | null;
  alert: SpendingAlertCode | null;
  curve: { month: number; executedPercent: number | null; planPercent: number | null }[];
}

export interface BudgetProjectSummary {
  id: string;
  year: number;
  code: string;
  name: string;
  unitCode: string;
  unitName: string;
  budgetYuan: number;
  execution: BudgetExecutionView;
  goalRows: number;
  flaggedRows: number;
}

export interface BudgetProjectView extends BudgetProjectSummary {
  fiscalYuan: number;
  otherYuan: number | null;
  fundingSource: string;
  /** 资金用途 */
  purpose: string;
  /** 绩效目标 */
  goal: string;
  spendingPlan: SpendingCheckpointView[];
  rows: GoalRowView[];
}

/** Where a row's actual comes from. */
export type GoalActualSource = 'INDICATOR' | 'SPENDING' | 'MANUAL' | 'NONE';

export interface GoalRowView {
  id: string;
  position: number;
  level1: string;
  level2: string;
  name: string;
  description: string;
  /** 指标值 as shown: as written, or restated in the bound count indicator's unit (targetTextAsWritten keeps the cell). */
  targetText: string;
  targetTextAsWritten: string | null;
  /** 指标值确定依据 as written. */
  basis: string;
  operator: GoalOperator | null;
  targetValue: number | null;
  unit: string | null;
  flags: GoalFlag[];
  indicatorCode: string | null;
  /** The bound indicator's records are known to be incomplete (e.g. a township's village list). */
  indicatorWarning: string | null;
  indicatorName: string | null;
  manualActual: number | null;
  manualGrade: QualitativeGradeCode | null;
  evidence: string | null;
  /** The value shown: the indicator snapshot, the project's spending, or the manual entry. */
  actual: number | null;
  actualSource: GoalActualSource;
  /** When the snapshot's figure last changed (INDICATOR only; issue 19.3: a recomputation that changes nothing leaves it). */
  computedAt: string | null;
  /** true/false when it can be judged; null when there is no value or the row is qualitative without a grade. */
  met: boolean | null;
}

export interface CreateBudgetProjectRequest {
  year: number;
  code: string;
  name: string;
  unitCode: string;
  unitName: string;
  budgetYuan: number;
  fiscalYuan: number;
  otherYuan?: number | null;
  fundingSource: string;
  purpose: string;
  goal: string;
}

export interface BudgetSpendingView {
  id: string;
  spentOn: string;
  amountYuan: number;
  description: string;
  source: BudgetSpendingSource;
  sourceRef: string | null;
  createdAt: string;
}

export interface CreateBudgetSpendingRequest {
  spentOn: string;
  amountYuan: number;
  description: string;
}

export interface UpdateGoalRowRequest {
  indicatorCode?: string | null;
  manualActual?: number | null;
  manualGrade?: QualitativeGradeCode | null;
  evidence?: string | null;
}

export interface GoalImportRowReport {
  /** Spreadsheet row number (1-based). */
  rowNumber: number;
  level1: string;
  level2: string;
  name: string;
  targetText: string;
  status: 'OK' | 'FLAGGED';
  flags: GoalFlag[];
  /** What a person should check, in Chinese. */
  messages: string[];
}

export interface GoalImportReport {
  fileName: string;
  imported: number;
  flagged: number;
  /** Rows with no content at all, not imported. */
  blankRowsSkipped: number;
  rows: GoalImportRowReport[];
}

export interface BudgetMonitoringRowRequest {
  goalRowId: string;
  actualToDate?: string;
  likelihood: MonitoringLikelihoodCode;
  causeCategory?: DeviationCauseCode | null;
  causeText?: string | null;
  measures?: string | null;
}

export interface CreateBudgetMonitoringRequest {
  asOf: string;
  forecastYuan: number;
  rows: BudgetMonitoringRowRequest[];
}

export interface BudgetMonitoringView {
  id: string;
  asOf: string;
  budgetYuan: number;
  executedYuan: number;
  forecastYuan: number;
  rows: (BudgetMonitoringRowRequest & { name: string; targetText: string })[];
  createdBy: string;
  createdAt: string;
}

export interface SelfEvaluationRowRequest {
  goalRowId: string;
  notApplicable?: boolean;
  /** Overrides the scorecard's value for a quantitative row. */
  actual?: number | null;
  grade?: QualitativeGradeCode | null;
  /** Share of the weight for a qualitative grade, within its range. */
  percent?: number | null;
  /**
   * Refused: the weights are the template's (DOMAIN.md §6.5: 产出 50, 效益 30, 满意度 10, shared
   * equally among a category's rows). Kept in the type so an old client gets a clear 400.
   */
  weight?: number | null;
  deviationReason?: string | null;
  /** 依据/证明材料: required to depart from the scorecard (another actual or grade, or 不适用). */
  evidence?: string | null;
}

export interface SaveSelfEvaluationRequest {
  rows: SelfEvaluationRowRequest[];
  summary?: string;
}

export interface SelfEvaluationRowView {
  goalRowId: string;
  level1: string;
  level2: string;
  name: string;
  targetText: string;
  category: 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | null;
  direction: 'POSITIVE' | 'NEGATIVE' | 'EQUAL' | 'QUALITATIVE' | null;
  actual: number | null;
  /** The scorecard's value (bound indicator, execution, or hand-entered actual with its evidence). */
  computedActual: number | null;
  grade: QualitativeGradeCode | null;
  percent: number | null;
  notApplicable: boolean;
  /** The evaluator departed from the scorecard (actual, grade or 不适用), with `evidence`. */
  overridden: boolean;
  evidence: string | null;
  weight: number;
  score: number | null;
  deviationReason: string | null;
}

export interface SelfEvaluationView {
  projectId: string;
  /** 全年预算数 and 全年执行数 (payments of the whole year), in yuan. */
  budgetYuan: number;
  executedYuan: number;
  executionPercent: number;
  budgetExecution: { weight: number; score: number };
  rows: SelfEvaluationRowView[];
  rawTotal: number;
  applicableWeight: number;
  total: number;
  grade: '优' | '良' | '中' | '差';
  incomplete: string[];
  summary: string;
  saved: boolean;
  updatedAt: string | null;
}
