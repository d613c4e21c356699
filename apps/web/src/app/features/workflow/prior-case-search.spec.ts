import type { CaseSummary } from '@julu/contracts';
import { isCaseNumberTerm, matchRelatedCases, mergeCases } from './prior-case-search';

const c = (id: string, caseNo: string, title: string): CaseSummary => ({ id, caseNo, title }) as CaseSummary;

describe('finding the earlier case of a 不再受理', () => {
  const related = [c('a', '1305292026000001', '反映拖欠工资'), c('b', '1305292026000007', '反映土地承包')];

  it('tells a case number from words', () => {
    expect(isCaseNumberTerm(' 2026000001 ')).toBe(true);
    expect(isCaseNumberTerm('工资')).toBe(false);
  });

  it('matches the petitioners’ other cases by number or title', () => {
    expect(matchRelatedCases(related, '')).toEqual(related);
    expect(matchRelatedCases(related, '000007').map((x) => x.id)).toEqual(['b']);
    expect(matchRelatedCases(related, '工资').map((x) => x.id)).toEqual(['a']);
  });

  it('merges lists once each, leaving out the case being decided', () => {
    expect(
      mergeCases([related, [c('a', '1305292026000001', '反映拖欠工资'), c('self', '1305292026000009', '本事项'), c('d', '1305292026000004', '其他')]], 'self').map((x) => x.id),
    ).toEqual(['a', 'b', 'd']);
  });
});
