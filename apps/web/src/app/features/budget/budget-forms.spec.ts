import { emptySpending, evaluationErrors, monitoringErrors, spendingErrors } from './budget-forms';

describe('登记支出 check', () => {
  it('passes a spending of the project year, a correction (negative) included', () => {
    expect(spendingErrors({ spentOn: '2026-03-02', amountYuan: 1200.5, description: '印制宣传册' }, 2026)).toEqual([]);
    expect(spendingErrors({ spentOn: '2026-03-02', amountYuan: -200, description: '冲减' }, 2026)).toEqual([]);
  });

  it('names every missing field', () => {
    expect(spendingErrors(emptySpending(), 2026).map((e) => e.field)).toEqual(['spentOn', 'amountYuan', 'description']);
  });

  it('keeps the day in the project year and the amount in range', () => {
    expect(spendingErrors({ spentOn: '2025-12-31', amountYuan: 2e9, description: '印制宣传册' }, 2026)).toEqual([
      { field: 'spentOn', message: '支出日期应在项目年度 2026 年内' },
      { field: 'amountYuan', message: '金额超出范围' },
    ]);
  });
});

describe('保存监控表 check', () => {
  const row = { goalRowId: 'g1', position: 3, actualToDate: '', likelihood: 'CERTAIN' as const, causeCategory: null, causeText: '', measures: '' };

  it('passes a complete table', () => {
    expect(monitoringErrors('2026-06-30', 100, 2026, [row])).toEqual([]);
  });

  it('puts the date, the forecast and a row problem on their controls', () => {
    const errors = monitoringErrors('2025-06-30', null, 2026, [{ ...row, likelihood: 'POSSIBLE' }]);
    expect(errors.map((e) => e.field)).toEqual(['asOf', 'forecastYuan', 'rows.3.causeCategory']);
    expect(errors[2]?.message).toContain('偏差原因类别');
    expect(monitoringErrors('2026-06-30', 100, 2026, [{ ...row, likelihood: 'IMPOSSIBLE', causeCategory: 'FUNDING', causeText: '未拨付' }])[0]?.field).toBe('rows.3.measures');
  });
});

describe('保存自评 check', () => {
  const row = { direction: 'QUALITATIVE', grade: 'ACHIEVED' as const, percent: 95, notApplicable: false, evidence: null };

  it("passes a share within its grade's range", () => {
    expect(evaluationErrors([row])).toEqual([]);
  });

  it("puts a share outside its grade's range on that row's share", () => {
    const [error] = evaluationErrors([row, { ...row, grade: 'NOT_ACHIEVED', percent: 90 }]);
    expect(error?.field).toBe('row.1.percent');
    expect(error?.message).toContain('的得分比例应在');
  });

  it('asks 不适用 for its evidence', () => {
    expect(evaluationErrors([{ ...row, notApplicable: true }])).toEqual([{ field: 'row.0.evidence', message: '勾选“不适用”须填写依据或证明材料' }]);
    expect(evaluationErrors([{ ...row, notApplicable: true, evidence: '项目调整' }])).toEqual([]);
  });
});
