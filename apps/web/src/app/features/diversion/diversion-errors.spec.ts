import { consultationErrors, decisionErrors, flagErrors, followUpErrors } from './diversion-errors';
import type { DecisionForm } from './diversion-forms';

describe('diversion form checks', () => {
  it('asks for the case number and a reason of 2–500 characters to flag a case', () => {
    expect(flagErrors('1305292026000001', '已向法院起诉')).toEqual([]);
    expect(flagErrors('', '').map((e) => e.field)).toEqual(['caseNo', 'reason']);
    expect(flagErrors('1305292026000001', '诉')).toEqual([{ field: 'reason', message: '标记理由至少写 2 个字' }]);
    expect(flagErrors('1305292026000001', '诉'.repeat(501))[0]?.message).toContain('不能超过 500 个字');
  });

  it('asks for a route, the competent organ and the reason told, within the API limits', () => {
    const form: DecisionForm = {
      caseId: 'c',
      caseNo: 'n',
      expectedVersion: 1,
      route: 'LITIGATION',
      ruleId: undefined,
      competentOrgan: '巨鹿县人民法院',
      note: '属于民事纠纷',
      legalBasis: '',
      statutoryClock: '',
    };
    expect(decisionErrors(form)).toEqual([]);
    expect(decisionErrors({ ...form, route: null, competentOrgan: '院' }).map((e) => e.field)).toEqual(['route', 'competentOrgan']);
    expect(decisionErrors({ ...form, note: ' ' })).toEqual([{ field: 'note', message: '请填写告知理由：为什么应通过这一法定途径解决' }]);
  });

  it('asks who answered, on which day (not after today) and what', () => {
    const today = new Date('2026-05-10T04:00:00Z');
    const c = { kind: 'LEGAL' as const, advisor: '张律师', lawyerOnDuty: '', content: '告知诉讼途径', heldOn: '2026-05-10' };
    expect(consultationErrors(c, today)).toEqual([]);
    expect(consultationErrors({ ...c, advisor: '', content: '', heldOn: '' }, today).map((e) => e.field)).toEqual(['advisor', 'heldOn', 'content']);
    expect(consultationErrors({ ...c, heldOn: '2026-05-11' }, today)).toEqual([{ field: 'heldOn', message: '咨询解答的日期不能晚于今天' }]);
    expect(consultationErrors({ ...c, lawyerOnDuty: '律'.repeat(51) }, today).map((e) => e.field)).toEqual(['lawyerOnDuty']);
  });

  it('asks for the day checked (not after today) and the evidence of a follow-up', () => {
    const today = new Date('2026-05-10T04:00:00Z');
    expect(followUpErrors({ outcome: 'ENTERED', checkedOn: '2026-05-10', evidence: '立案通知书（2026）冀0529民初123号' }, today)).toEqual([]);
    expect(followUpErrors({ outcome: 'ENTERED', checkedOn: '2026-05-11', evidence: '' }, today).map((e) => e.field)).toEqual(['checkedOn', 'evidence']);
  });
});
