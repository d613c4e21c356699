import fc from 'fast-check';
import {
  type EvaluationRowInput,
  evaluationCategory,
  evaluationGrade,
  scoreBudgetExecution,
  scoreEvaluation,
  scoreQualitative,
  scoreQuantitative,
} from './self-evaluation-scoring';

describe('self-evaluation scoring (DOMAIN.md §6.5)', () => {
  it('reproduces the worked example: 接待批次 230 vs ≥200 → 10; 分流率 90% vs ≥95% → 9.47; execution 96% → 9.6', () => {
    expect(scoreQuantitative({ direction: 'POSITIVE', target: 200, actual: 230, weight: 10 })).toBe(10);
    expect(scoreQuantitative({ direction: 'POSITIVE', target: 95, actual: 90, weight: 10 })).toBe(9.47);
    expect(scoreBudgetExecution(96)).toBe(9.6);
    const result = scoreEvaluation({
      executionPercent: 96,
      rows: [
        { id: '接待批次', category: 'OUTPUT', weight: 10, direction: 'POSITIVE', target: 200, actual: 230 },
        { id: '分流率', category: 'OUTPUT', weight: 10, direction: 'POSITIVE', target: 95, actual: 90 },
      ],
    });
    expect(result.budgetExecution).toEqual({ weight: 10, score: 9.6 });
    expect(result.rows.map((r) => r.score)).toEqual([10, 9.47]);
    expect(result.rawTotal).toBe(29.07);
  });

  it('scores negative (≤) rows as min(target/actual, 1) × weight', () => {
    expect(scoreQuantitative({ direction: 'NEGATIVE', target: 90, actual: 100, weight: 10 })).toBe(9);
    expect(scoreQuantitative({ direction: 'NEGATIVE', target: 90, actual: 80, weight: 10 })).toBe(10);
    expect(scoreQuantitative({ direction: 'NEGATIVE', target: 90, actual: 0, weight: 10 })).toBe(10);
  });

  it('scores equality rows in full when met and by relative deviation otherwise', () => {
    expect(scoreQuantitative({ direction: 'EQUAL', target: 180, actual: 180, weight: 8 })).toBe(8);
    expect(scoreQuantitative({ direction: 'EQUAL', target: 100, actual: 90, weight: 10 })).toBe(9);
    expect(scoreQuantitative({ direction: 'EQUAL', target: 100, actual: 110, weight: 10 })).toBe(9);
    expect(scoreQuantitative({ direction: 'EQUAL', target: 100, actual: 250, weight: 10 })).toBe(0);
    expect(scoreQuantitative({ direction: 'EQUAL', target: 0, actual: 0, weight: 10 })).toBe(10);
  });

  it('caps positive rows at the weight and gives full marks to a zero target', () => {
    expect(scoreQuantitative({ direction: 'POSITIVE', target: 12, actual: 30, weight: 5 })).toBe(5);
    expect(scoreQuantitative({ direction: 'POSITIVE', target: 0, actual: 0, weight: 5 })).toBe(5);
    expect(() => scoreQuantitative({ direction: 'POSITIVE', target: 1, actual: -1, weight: 5 })).toThrow(RangeError);
  });

  it('scores qualitative grades within their ranges', () => {
    expect(scoreQualitative('ACHIEVED', 10)).toBe(10);
    expect(scoreQualitative('ACHIEVED', 10, 85)).toBe(8.5);
    expect(scoreQualitative('PARTLY', 10)).toBe(7);
    expect(scoreQualitative('PARTLY', 10, 60)).toBe(6);
    expect(scoreQualitative('NOT_ACHIEVED', 10)).toBe(3);
    expect(() => scoreQualitative('ACHIEVED', 10, 70)).toThrow('80%–100%');
    expect(() => scoreQualitative('NOT_ACHIEVED', 10, 61)).toThrow(RangeError);
  });

  it('caps budget execution at 100% and floors it at 0', () => {
    expect(scoreBudgetExecution(120)).toBe(10);
    expect(scoreBudgetExecution(0)).toBe(0);
    expect(scoreBudgetExecution(-5)).toBe(0);
  });

  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.5, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ] as const)('grades %s as %s', (total, grade) => {
    expect(evaluationGrade(total)).toBe(grade);
  });

  it('maps 一级指标 to categories', () => {
    expect(['产出指标', '效益指标', '满意度指标', '其他'].map(evaluationCategory)).toEqual(['OUTPUT', 'EFFECT', 'SATISFACTION', null]);
  });

  it('shares a category weight equally among its rows when none is given, and totals 100 when all are met', () => {
    const result = scoreEvaluation({
      executionPercent: 100,
      rows: [
        { id: 'a', category: 'OUTPUT', direction: 'POSITIVE', target: 200, actual: 200 },
        { id: 'b', category: 'OUTPUT', direction: 'POSITIVE', target: 95, actual: 96 },
        { id: 'c', category: 'OUTPUT', direction: 'EQUAL', target: 180, actual: 180 },
        { id: 'd', category: 'OUTPUT', direction: 'QUALITATIVE', grade: 'ACHIEVED' },
        { id: 'e', category: 'EFFECT', direction: 'QUALITATIVE', grade: 'ACHIEVED' },
        { id: 'f', category: 'SATISFACTION', direction: 'POSITIVE', target: 95, actual: 97 },
      ],
    });
    expect(result.rows.map((r) => r.weight)).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
    expect(result).toMatchObject({ rawTotal: 100, applicableWeight: 100, total: 100, grade: '优', incomplete: [] });
  });

  it('drops a not-applicable row and re-normalises the total to 100', () => {
    const result = scoreEvaluation({
      executionPercent: 100,
      rows: [
        { id: 'out', category: 'OUTPUT', direction: 'POSITIVE', target: 100, actual: 80 },
        { id: 'eff', category: 'EFFECT', direction: 'POSITIVE', target: 100, actual: 100 },
        { id: 'sat', category: 'SATISFACTION', notApplicable: true },
      ],
    });
    // 10 + 40 + 30 = 80 of 90 applicable points → 88.89
    expect(result).toMatchObject({ rawTotal: 80, applicableWeight: 90, total: 88.89, grade: '良' });
    expect(result.rows[2]).toEqual({ id: 'sat', category: 'SATISFACTION', weight: 10, score: null, notApplicable: true });
  });

  it('lists rows without an actual or grade and counts them as zero until assessed', () => {
    const result = scoreEvaluation({
      executionPercent: 50,
      rows: [
        { id: 'x', category: 'OUTPUT', direction: 'POSITIVE', target: 10, actual: null },
        { id: 'y', category: 'EFFECT', direction: 'QUALITATIVE', grade: null },
      ],
    });
    expect(result.incomplete).toEqual(['x', 'y']);
    expect(result.rawTotal).toBe(5);
  });

  it('never totals above 100 when rounded row scores add up past full marks', () => {
    const row = (id: string): EvaluationRowInput => ({ id, category: 'OUTPUT', direction: 'POSITIVE', target: 0, actual: 0 });
    const result = scoreEvaluation({ executionPercent: 100, rows: [row('a'), row('b'), row('c')] });
    expect(result.rows.map((r) => r.score)).toEqual([16.67, 16.67, 16.67]);
    expect(result.total).toBe(100);
  });

  it('keeps every row score within 0 and its weight, and the total within 0–100 (property)', () => {
    const row = fc.record({
      category: fc.constantFrom('OUTPUT' as const, 'EFFECT' as const, 'SATISFACTION' as const),
      direction: fc.constantFrom('POSITIVE' as const, 'NEGATIVE' as const, 'EQUAL' as const),
      target: fc.integer({ min: 0, max: 1000 }),
      actual: fc.integer({ min: 0, max: 2000 }),
      na: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.integer({ min: 0, max: 150 }), (rows, execution) => {
        const result = scoreEvaluation({
          executionPercent: execution,
          rows: rows.map((r, i) =>
            r.na
              ? { id: String(i), category: r.category, notApplicable: true as const }
              : { id: String(i), category: r.category, direction: r.direction, target: r.target, actual: r.actual },
          ),
        });
        for (const r of result.rows) if (r.score !== null) expect(r.score).toBeLessThanOrEqual(r.weight + 0.005);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(100.01);
      }),
    );
  });
});
