import fc from 'fast-check';
import { DEFAULT_SPENDING_PLAN, monthEnd, spendingCurve, spendingStatus } from './spending-plan';

const BUDGET = 900_000_00; // 90 万元 in fen (project 3 of 2020)
const pay = (date: string, yuan: number): { date: string; amountFen: number } => ({ date, amountFen: yuan * 100 });

describe('quarterly spending plan (DOMAIN.md §6.3)', () => {
  it('has the 2020 plan: 25/50/75/100% by the end of March, June, October and December', () => {
    expect(DEFAULT_SPENDING_PLAN).toEqual([
      { month: 3, percent: 25 },
      { month: 6, percent: 50 },
      { month: 10, percent: 75 },
      { month: 12, percent: 100 },
    ]);
    expect([2, 3, 6, 10, 12].map((m) => monthEnd(2020, m))).toEqual(['2020-02-29', '2020-03-31', '2020-06-30', '2020-10-31', '2020-12-31']);
  });

  it('sums payments of the year up to the day asked, and no later or other-year payment', () => {
    const s = spendingStatus({
      year: 2020,
      budgetFen: BUDGET,
      asOf: '2020-02-15',
      payments: [pay('2019-12-31', 1000), pay('2020-01-10', 90_000), pay('2020-02-15', 45_000), pay('2020-02-16', 1)],
    });
    expect(s.executedFen).toBe(135_000_00);
    expect(s.executionPercent).toBe(15);
    expect(s.lastCheckpoint).toBeNull();
    expect(s.nextCheckpoint).toEqual({ month: 3, percent: 25, date: '2020-03-31', daysLeft: 45, gapPercent: 10 });
    expect(s.alert).toBeNull();
  });

  it('alerts in the 10 days before a checkpoint while below plan, not on the 11th day, not when on plan', () => {
    const payments = [pay('2020-03-01', 200_000)];
    expect(spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-03-20', payments }).alert).toBe(null);
    const due = spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-03-21', payments });
    expect(due.alert).toBe('DUE_SOON');
    expect(due.nextCheckpoint?.daysLeft).toBe(10);
    expect(spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-03-30', payments: [...payments, pay('2020-03-25', 25_000)] }).alert).toBeNull();
  });

  it('reports a checkpoint missed once it has passed below plan', () => {
    const s = spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-04-05', payments: [pay('2020-03-01', 200_000)] });
    expect(s.lastCheckpoint).toEqual({ month: 3, percent: 25, date: '2020-03-31', reached: false });
    expect(s.alert).toBe('MISSED');
    const reached = spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-04-05', payments: [pay('2020-03-01', 225_000)] });
    expect(reached.lastCheckpoint?.reached).toBe(true);
    expect(reached.alert).toBeNull();
  });

  it('has no next checkpoint after the year end and no rate for a zero budget', () => {
    const s = spendingStatus({ year: 2020, budgetFen: 0, asOf: '2021-01-10', payments: [] });
    expect(s.nextCheckpoint).toBeNull();
    expect(s.executionPercent).toBeNull();
  });

  it('draws month-end cumulative execution up to the day asked, with the plan at its checkpoints only', () => {
    const curve = spendingCurve({
      year: 2020,
      budgetFen: BUDGET,
      asOf: '2020-05-10',
      payments: [pay('2020-01-10', 90_000), pay('2020-03-31', 180_000), pay('2020-05-09', 90_000), pay('2020-05-20', 90_000)],
    });
    expect(curve.map((p) => p.executedPercent)).toEqual([10, 10, 30, 30, 40, null, null, null, null, null, null, null]);
    expect(curve.map((p) => p.planPercent)).toEqual([null, null, 25, null, null, 50, null, null, null, 75, null, 100]);
  });

  it('never decreases along the curve (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), yuan: fc.integer({ min: 0, max: 100000 }) })), (raw) => {
        const payments = raw.map((r) => pay(`2020-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`, r.yuan));
        const values = spendingCurve({ year: 2020, budgetFen: BUDGET, asOf: '2020-12-31', payments }).map((p) => p.executedPercent ?? 0);
        values.forEach((v, i) => i > 0 && expect(v).toBeGreaterThanOrEqual(values[i - 1]));
        expect(values[11]).toBeCloseTo(spendingStatus({ year: 2020, budgetFen: BUDGET, asOf: '2020-12-31', payments }).executionPercent ?? 0);
      }),
    );
  });
});
