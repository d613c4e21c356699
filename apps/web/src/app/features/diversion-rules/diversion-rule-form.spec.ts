import type { DiversionRuleView } from '@julu/contracts';
import { limitText, parseKeywords, ruleErrors, toDraft, toRequest } from './diversion-rule-form';

const rule: DiversionRuleView = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'ADMIN_RECONSIDERATION',
  version: 2,
  title: '不服行政行为',
  route: 'ADMIN_RECONSIDERATION',
  matterTypes: ['APPEAL'],
  categoryCodes: ['01'],
  keywords: ['行政处罚', '行政复议'],
  legalBasis: '《行政复议法》第二十条',
  competentOrgan: '县人民政府',
  statutoryClock: '自知道之日起 60 日内申请',
  limit: { amount: 60, unit: 'DAYS' },
  priority: 10,
  active: true,
  createdAt: '2026-01-05T00:00:00.000Z',
};

describe('diversion rule form', () => {
  it('splits keywords on Chinese and ASCII separators, trimming and de-duplicating in order', () => {
    expect(parseKeywords(' 工伤、劳动仲裁，欠薪, 工伤；加班费\n辞退 ')).toEqual(['工伤', '劳动仲裁', '欠薪', '加班费', '辞退']);
    expect(parseKeywords(' 、 ,')).toEqual([]);
  });

  it('round-trips a rule through the form, and an added keyword reaches the request', () => {
    const draft = toDraft(rule);
    expect(draft.keywordsText).toBe('行政处罚、行政复议');
    expect(toRequest(draft)).toEqual({
      title: rule.title,
      route: rule.route,
      matterTypes: ['APPEAL'],
      categoryCodes: ['01'],
      keywords: rule.keywords,
      legalBasis: rule.legalBasis,
      competentOrgan: rule.competentOrgan,
      statutoryClock: rule.statutoryClock,
      limit: rule.limit,
      priority: 10,
      active: true,
    });
    expect(toRequest({ ...draft, keywordsText: `${draft.keywordsText}、征收决定` }).keywords).toEqual(['行政处罚', '行政复议', '征收决定']);
  });

  it('drops the limit when its amount is cleared, and words the limit in Chinese', () => {
    expect(toRequest({ ...toDraft(rule), limitAmount: null }).limit).toBeNull();
    expect(limitText({ amount: 6, unit: 'MONTHS' })).toBe('6 个月');
    expect(limitText({ amount: 1, unit: 'YEARS' })).toBe('1 年');
    expect(limitText(null)).toBe('');
  });

  it('checks a revision as the API would, each problem on its field', () => {
    expect(ruleErrors(toDraft(rule))).toEqual([]);
    const bad = { ...toDraft(rule), title: ' ', keywordsText: ' 、 ', legalBasis: '法', limitAmount: 0, priority: 101 };
    expect(ruleErrors(bad).map((e) => e.field)).toEqual(['title', 'keywordsText', 'legalBasis', 'limitAmount', 'priority']);
    expect(ruleErrors({ ...toDraft(rule), keywordsText: '工'.repeat(31) })[0]?.message).toContain('超过 30 个字');
    expect(ruleErrors({ ...toDraft(rule), limitAmount: null })).toEqual([]);
  });
});
