/**
 * 资金支出计划 (DOMAIN.md §6.3): cumulative execution of a project's annual budget against the plan
 * of its 绩效目标表 — in every 2020 table 25% by the end of March, 50% by June, 75% by October and
 * 100% by December — with an alert in the days before a checkpoint while execution is below it.
 * Amounts are in fen (integers) so sums are exact.
 */
export interface SpendingCheckpoint {
  /** Month (1–12) at whose end the cumulative rate is due. */
  month: number;
  /** Cumulative percentage of the annual budget. */
  percent: number;
}

export const DEFAULT_SPENDING_PLAN: readonly SpendingCheckpoint[] = [
  { month: 3, percent: 25 },
  { month: 6, percent: 50 },
  { month: 10, percent: 75 },
  { month: 12, percent: 100 },
];

/** Days before a checkpoint in which execution below it raises an alert. */
export const SPENDING_ALERT_DAYS = 10;

export interface SpendingPayment {
  /** YYYY-MM-DD */
  date: string;
  amountFen: number;
}

export type SpendingAlert =
  /** A checkpoint is within SPENDING_ALERT_DAYS and execution is still below it. */
  | 'DUE_SOON'
  /** The last checkpoint passed was not reached. */
  | 'MISSED';

export interface SpendingStatus {
  asOf: string;
  budgetFen: number;
  executedFen: number;
  /** Executed ÷ budget × 100, unrounded; null when the budget is zero. */
  executionPercent: number | null;
  /** The last checkpoint on or before asOf (its rate is what should have been reached), or null. */
  lastCheckpoint: (SpendingCheckpoint & { date: string; reached: boolean }) | null;
  /** The next checkpoint after asOf, or null after the end of December. */
  nextCheckpoint: (SpendingCheckpoint & { date: string; daysLeft: number; gapPercent: number }) | null;
  alert: SpendingAlert | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Last day of a month, YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export function spendingStatus(input: {
  year: number;
  budgetFen: number;
  payments: readonly SpendingPayment[];
  asOf: string;
  plan?: readonly SpendingCheckpoint[];
}): SpendingStatus {
  const plan = input.plan ?? DEFAULT_SPENDING_PLAN;
  const executedFen = input.payments.filter((p) => p.date <= input.asOf && p.date.startsWith(`${input.year}-`)).reduce((sum, p) => sum + p.amountFen, 0);
  const executionPercent = input.budgetFen > 0 ? (executedFen / input.budgetFen) * 100 : null;
  const rate = executionPercent ?? 0;
  const dated = plan.map((c) => ({ ...c, date: monthEnd(input.year, c.month) }));
  const passed = dated.filter((c) => c.date <= input.asOf);
  const last = passed.at(-1);
  const next = dated.find((c) => c.date > input.asOf);
  const lastCheckpoint = last ? { ...last, reached: rate >= last.percent - 1e-9 } : null;
  const nextCheckpoint = next ? { ...next, daysLeft: dayNumber(next.date) - dayNumber(input.asOf), gapPercent: Math.max(0, next.percent - rate) } : null;
  let alert: SpendingAlert | null = null;
  if (nextCheckpoint && nextCheckpoint.daysLeft <= SPENDING_ALERT_DAYS && nextCheckpoint.gapPercent > 1e-9) alert = 'DUE_SOON';
  else if (lastCheckpoint && !lastCheckpoint.reached) alert = 'MISSED';
  return { asOf: input.asOf, budgetFen: input.budgetFen, executedFen, executionPercent, lastCheckpoint, nextCheckpoint, alert };
}

export interface SpendingCurvePoint {
  month: number;
  /** Cumulative execution at the end of the month (percent); null for months after asOf. */
  executedPercent: number | null;
  /** The plan's cumulative rate if the month ends at a checkpoint, else null (the plan is not interpolated). */
  planPercent: number | null;
}

/** Month-end cumulative execution against the plan, for the spending curve. */
export function spendingCurve(input: {
  year: number;
  budgetFen: number;
  payments: readonly SpendingPayment[];
  asOf: string;
  plan?: readonly SpendingCheckpoint[];
}): SpendingCurvePoint[] {
  const plan = input.plan ?? DEFAULT_SPENDING_PLAN;
  const points: SpendingCurvePoint[] = [];
  for (let month = 1; month <= 12; month++) {
    const start = `${input.year}-${pad(month)}-01`;
    const end = monthEnd(input.year, month);
    const executed =
      start > input.asOf
        ? null
        : input.payments.filter((p) => p.date.startsWith(`${input.year}-`) && p.date <= end && p.date <= input.asOf).reduce((sum, p) => sum + p.amountFen, 0);
    points.push({
      month,
      executedPercent: executed === null || input.budgetFen <= 0 ? null : (executed / input.budgetFen) * 100,
      planPercent: plan.find((c) => c.month === month)?.percent ?? null,
    });
  }
  return points;
}
