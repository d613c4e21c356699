import type { TargetDirection } from './target-parsing';

/**
 * 项目支出绩效自评 scoring (DOMAIN.md §6.5, 财预〔2020〕10号 template as filled by local units):
 * 预算执行 10, 产出 50, 效益 30, 满意度 10. Quantitative rows score proportionally to the target
 * (capped at the weight); qualitative rows by the evaluator's grade within its range; rows marked
 * not applicable are dropped and the total re-normalised to 100. Scores are rounded to 2 decimals.
 */
export type EvaluationCategory = 'OUTPUT' | 'EFFECT' | 'SATISFACTION';

/** 一级指标 → category; anything else is not a scored category. */
export function evaluationCategory(level1: string): EvaluationCategory | null {
  if (level1.includes('产出')) return 'OUTPUT';
  if (level1.includes('效益')) return 'EFFECT';
  if (level1.includes('满意')) return 'SATISFACTION';
  return null;
}

export const BUDGET_EXECUTION_WEIGHT = 10;
export const CATEGORY_WEIGHTS: Record<EvaluationCategory, number> = { OUTPUT: 50, EFFECT: 30, SATISFACTION: 10 };

export type QualitativeGrade = 'ACHIEVED' | 'PARTLY' | 'NOT_ACHIEVED';

/** Share of the weight a grade may earn, in percent: [min, max]. */
export const QUALITATIVE_RANGES: Record<QualitativeGrade, readonly [number, number]> = {
  ACHIEVED: [80, 100],
  PARTLY: [60, 80],
  NOT_ACHIEVED: [0, 60],
};

/** A grade's name, as the evaluator picks it and the UI shows it (达成 / 部分达成 / 未达成). */
export const QUALITATIVE_GRADE_NAMES: Record<QualitativeGrade, string> = { ACHIEVED: '达成', PARTLY: '部分达成', NOT_ACHIEVED: '未达成' };

/** A grade's description on the official 项目支出绩效自评表 (and in the API's range messages). */
export const QUALITATIVE_GRADE_LABELS: Record<QualitativeGrade, string> = {
  ACHIEVED: '达成预期指标',
  PARTLY: '部分达成预期指标并具有一定效果',
  NOT_ACHIEVED: '未达成预期指标且效果较差',
};

/**
 * The share given when the evaluator names a grade without a percentage: the top of 达成 (a
 * qualitative goal reached earns full marks) and the middle of the other two ranges.
 */
export const QUALITATIVE_DEFAULT_PERCENT: Record<QualitativeGrade, number> = { ACHIEVED: 100, PARTLY: 70, NOT_ACHIEVED: 30 };

export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

export interface QuantitativeScoreInput {
  direction: Exclude<TargetDirection, 'QUALITATIVE'>;
  target: number;
  actual: number;
  weight: number;
}

/** One quantitative row: positive min(actual/target,1), negative min(target/actual,1), equality by deviation. */
export function scoreQuantitative({ direction, target, actual, weight }: QuantitativeScoreInput): number {
  if (weight < 0 || target < 0 || actual < 0) throw new RangeError('weights, targets and actuals are not negative');
  let share: number;
  switch (direction) {
    case 'POSITIVE':
      share = target === 0 ? 1 : Math.min(actual / target, 1);
      break;
    case 'NEGATIVE':
      share = actual === 0 ? 1 : Math.min(target / actual, 1);
      break;
    case 'EQUAL':
      // Full marks when met; otherwise proportional to the relative deviation, never below zero.
      share = target === 0 ? (actual === 0 ? 1 : 0) : Math.max(0, 1 - Math.abs(actual - target) / target);
      break;
  }
  return round2(share * weight);
}

/** One qualitative row: the grade's share of the weight (a percentage within its range). */
export function scoreQualitative(grade: QualitativeGrade, weight: number, percent?: number): number {
  const [min, max] = QUALITATIVE_RANGES[grade];
  const p = percent ?? QUALITATIVE_DEFAULT_PERCENT[grade];
  if (p < min || p > max) throw new RangeError(`${QUALITATIVE_GRADE_LABELS[grade]}的得分比例应在 ${min}%–${max}% 之间`);
  return round2((p / 100) * weight);
}

/** 预算执行 score: min(执行率, 100%) × 10, with the rate in percent. */
export function scoreBudgetExecution(executionPercent: number, weight = BUDGET_EXECUTION_WEIGHT): number {
  return round2((Math.min(Math.max(executionPercent, 0), 100) / 100) * weight);
}

export type EvaluationGrade = '优' | '良' | '中' | '差';

/** 优 90–100, 良 80–89, 中 60–79, 差 0–59 (a fraction below a band's floor falls into the band under it). */
export function evaluationGrade(total: number): EvaluationGrade {
  if (total >= 90) return '优';
  if (total >= 80) return '良';
  if (total >= 60) return '中';
  return '差';
}

export type EvaluationRowInput =
  | { id: string; category: EvaluationCategory; weight?: number; notApplicable: true }
  | { id: string; category: EvaluationCategory; weight?: number; notApplicable?: false; direction: Exclude<TargetDirection, 'QUALITATIVE'>; target: number; actual: number | null }
  | { id: string; category: EvaluationCategory; weight?: number; notApplicable?: false; direction: 'QUALITATIVE'; grade: QualitativeGrade | null; percent?: number };

export interface EvaluationRowScore {
  id: string;
  category: EvaluationCategory;
  /** The weight used: given, or the category's weight shared equally among its rows. */
  weight: number;
  /** null for a row not applicable or not yet assessed (no actual, no grade). */
  score: number | null;
  notApplicable: boolean;
}

export interface EvaluationResult {
  budgetExecution: { weight: number; score: number };
  rows: EvaluationRowScore[];
  /** Sum of the scores as they stand (before re-normalisation). */
  rawTotal: number;
  /** Weight of the rows that count (budget execution plus applicable rows). */
  applicableWeight: number;
  /** rawTotal re-normalised to 100 when rows were dropped as not applicable. */
  total: number;
  grade: EvaluationGrade;
  /** Rows that are applicable but have no actual or grade yet: the total is provisional. */
  incomplete: string[];
}

/** Default weight of each row: its category's weight shared equally among the category's rows. */
function defaultWeights(rows: readonly EvaluationRowInput[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const category of Object.keys(CATEGORY_WEIGHTS) as EvaluationCategory[]) {
    const inCategory = rows.filter((r) => r.category === category);
    for (const r of inCategory) weights.set(r.id, r.weight ?? CATEGORY_WEIGHTS[category] / inCategory.length);
  }
  return weights;
}

export function scoreEvaluation(input: { executionPercent: number; rows: readonly EvaluationRowInput[] }): EvaluationResult {
  const weights = defaultWeights(input.rows);
  const budgetExecution = { weight: BUDGET_EXECUTION_WEIGHT, score: scoreBudgetExecution(input.executionPercent) };
  const incomplete: string[] = [];
  const rows = input.rows.map((r): EvaluationRowScore => {
    const weight = weights.get(r.id) ?? 0;
    if (r.notApplicable) return { id: r.id, category: r.category, weight, score: null, notApplicable: true };
    let score: number | null = null;
    if (r.direction === 'QUALITATIVE') score = r.grade ? scoreQualitative(r.grade, weight, r.percent) : null;
    else score = r.actual === null ? null : scoreQuantitative({ direction: r.direction, target: r.target, actual: r.actual, weight });
    if (score === null) incomplete.push(r.id);
    return { id: r.id, category: r.category, weight, score, notApplicable: false };
  });
  const applicableWeight = budgetExecution.weight + rows.filter((r) => !r.notApplicable).reduce((s, r) => s + r.weight, 0);
  const rawTotal = round2(budgetExecution.score + rows.reduce((s, r) => s + (r.score ?? 0), 0));
  // Rows are rounded one by one (16.67 for a third of 50), so their sum can pass full marks by a few
  // hundredths; a total is never above 100.
  const total = applicableWeight > 0 ? Math.min(100, round2((rawTotal * 100) / applicableWeight)) : 0;
  return { budgetExecution, rows, rawTotal, applicableWeight: round2(applicableWeight), total, grade: evaluationGrade(total), incomplete };
}
