import { type GoalActualForm, goalActualErrors, goalActualRequestOf } from './goal-actual-form';

const quantitative = (change: Partial<GoalActualForm> = {}): GoalActualForm => ({ qualitative: false, manualActual: 97, manualGrade: null, evidence: '问卷汇总', ...change });
const qualitative = (change: Partial<GoalActualForm> = {}): GoalActualForm => ({ qualitative: true, manualActual: null, manualGrade: 'ACHIEVED', evidence: '会议纪要', ...change });

describe('录入实际完成值 check', () => {
  it('takes a number or a grade with its evidence, and an empty entry (which clears it) without', () => {
    expect(goalActualErrors(quantitative())).toEqual([]);
    expect(goalActualErrors(quantitative({ manualActual: 0.1234 }))).toEqual([]);
    expect(goalActualErrors(qualitative())).toEqual([]);
    expect(goalActualErrors(quantitative({ manualActual: null, evidence: '' }))).toEqual([]);
    expect(goalActualErrors(qualitative({ manualGrade: null, evidence: '' }))).toEqual([]);
  });

  it('asks an entered actual for its evidence, under the evidence', () => {
    const message = '手工录入实际完成值时须说明依据或证明材料（如调查问卷汇总、会议纪要）';
    expect(goalActualErrors(quantitative({ evidence: '  ' }))).toEqual([{ field: 'evidence', message }]);
    expect(goalActualErrors(qualitative({ manualGrade: 'PARTLY', evidence: '' }))).toEqual([{ field: 'evidence', message }]);
  });

  it('refuses what the DTO refuses, each on its control', () => {
    expect(goalActualErrors(quantitative({ manualActual: -1 }))).toEqual([{ field: 'manualActual', message: '实际完成值不能为负数' }]);
    expect(goalActualErrors(quantitative({ manualActual: 1.23456 }))[0]?.field).toBe('manualActual');
    expect(goalActualErrors(quantitative({ evidence: '证'.repeat(2001) }))[0]?.field).toBe('evidence');
    expect(goalActualErrors(qualitative({ manualGrade: 'GOOD' as GoalActualForm['manualGrade'] }))[0]?.field).toBe('manualGrade');
  });

  it('sends the grade of a qualitative row and the number of another, the evidence trimmed', () => {
    expect(goalActualRequestOf(qualitative({ evidence: ' 会议纪要 ' }))).toEqual({ manualGrade: 'ACHIEVED', evidence: '会议纪要' });
    expect(goalActualRequestOf(quantitative())).toEqual({ manualActual: 97, evidence: '问卷汇总' });
  });
});
