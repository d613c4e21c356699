import { statedTarget } from './goal-target-unit';

describe('a goal row target in its indicator unit', () => {
  const row = { targetText: '≥200批次', operator: '≥', targetValue: 200, unit: '批次', indicatorCode: 'DUTY_COMPLETIONS' };

  it('restates a count bound to an indicator in the indicator unit, keeping the cell as written', () => {
    expect(statedTarget(row)).toEqual({ targetText: '≥200次', unit: '次', targetTextAsWritten: '≥200批次' });
  });

  it.each([
    ['already in the indicator unit', { ...row, targetText: '≥200次', unit: '次' }],
    ['not bound to an indicator', { ...row, indicatorCode: null }],
    ['a rate', { ...row, targetText: '≥95%', targetValue: 95, unit: '%', indicatorCode: 'INCIDENT_REPORT_RATE' }],
    ['an unparsed target', { ...row, operator: null, targetValue: null }],
    ['bound to spending progress (not an indicator code)', { ...row, indicatorCode: 'SPENDING_PROGRESS' }],
  ])('leaves a row %s as written', (_, r) => {
    expect(statedTarget(r)).toEqual({ targetText: r.targetText, unit: r.unit, targetTextAsWritten: null });
  });
});
