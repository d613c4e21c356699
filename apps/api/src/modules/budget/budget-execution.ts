import type { BudgetExecutionView, SpendingCheckpointView } from '@julu/contracts';
import { chinaDate, spendingCurve, spendingStatus } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { fenToYuan, round2 } from './budget.rows';

/** The day execution is measured on: today, or the last day of a past year. */
export function executionAsOf(year: number, today = chinaDate(new Date())): string {
  const yearEnd = `${year}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

/** Payments booked to a project (code and year) up to a day, in fen. */
export async function projectPayments(m: EntityManager, code: string, year: number): Promise<{ date: string; amountFen: number }[]> {
  const rows: { date: string; fen: string }[] = await m.query(
    'SELECT spent_on::text AS date, amount_fen AS fen FROM budget_spending WHERE project_code = $1 AND year = $2 ORDER BY spent_on, id',
    [code, year],
  );
  return rows.map((r) => ({ date: r.date, amountFen: Number(r.fen) }));
}

/** Cumulative execution against the project's plan, with the month-end curve. */
export async function projectExecution(
  m: EntityManager,
  project: { code: string; year: number; budgetFen: number; plan: readonly SpendingCheckpointView[] },
  asOf = executionAsOf(project.year),
): Promise<BudgetExecutionView> {
  const payments = await projectPayments(m, project.code, project.year);
  const input = { year: project.year, budgetFen: project.budgetFen, payments, asOf, plan: project.plan };
  const s = spendingStatus(input);
  return {
    asOf,
    budgetYuan: fenToYuan(s.budgetFen),
    executedYuan: fenToYuan(s.executedFen),
    executionPercent: s.executionPercent === null ? null : round2(s.executionPercent),
    lastCheckpoint: s.lastCheckpoint,
    nextCheckpoint: s.nextCheckpoint ? { ...s.nextCheckpoint, gapPercent: round2(s.nextCheckpoint.gapPercent) } : null,
    alert: s.alert,
    curve: spendingCurve(input).map((p) => ({ ...p, executedPercent: p.executedPercent === null ? null : round2(p.executedPercent) })),
  };
}
