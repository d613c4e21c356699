import type { DiversionCaseView, DiversionSuggestion } from '@julu/contracts';
import { decisionErrors } from './diversion-errors';
import { decisionForm, routeChanged } from './diversion-forms';

const suggestion: DiversionSuggestion = {
  ruleId: 'r1',
  ruleCode: 'LABOUR_ARBITRATION',
  ruleVersion: 1,
  title: '劳动争议 → 劳动人事争议仲裁',
  route: 'ARBITRATION',
  legalBasis: '《劳动争议调解仲裁法》第二十七条',
  competentOrgan: '巨鹿县劳动人事争议仲裁委员会',
  statutoryClock: '一年',
  matchedKeywords: ['工资'],
  score: 10,
};
const c = { caseId: 'c1', caseNo: '2026000001', version: 3, suggestions: [suggestion] } as unknown as DiversionCaseView;

describe('diversion decision form', () => {
  it('prefills route, rule, organ and a reason from a suggestion', () => {
    const f = decisionForm(c, suggestion);
    expect(f).toMatchObject({ route: 'ARBITRATION', ruleId: 'r1', competentOrgan: '巨鹿县劳动人事争议仲裁委员会', expectedVersion: 3, statutoryClock: '一年' });
    expect(f.note).toContain('劳动争议');
    expect(decisionErrors(f)).toEqual([]);
  });

  it('starts empty for another route and is incomplete until filled', () => {
    const f = decisionForm(c, null);
    expect(f.route).toBeNull();
    expect(decisionErrors(f).map((e) => e.field)).toEqual(['route', 'competentOrgan', 'note']);
  });

  it('drops the rule when another route is chosen', () => {
    const f = routeChanged(decisionForm(c, suggestion), 'LITIGATION', [suggestion]);
    expect(f).toMatchObject({ route: 'LITIGATION', ruleId: undefined, statutoryClock: '' });
    expect(routeChanged(decisionForm(c, suggestion), 'ARBITRATION', [suggestion]).ruleId).toBe('r1');
  });
});
