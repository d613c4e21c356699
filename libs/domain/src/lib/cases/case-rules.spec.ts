import { caseFlags, formatCaseNo, GROUP_MIN_PEOPLE } from './case-rules';
import { keywordGrams, searchGrams } from './search-grams';

const base = { channel: 'VISIT' as const, peopleCount: 1, jointSigners: 0, visitedLevel: null, lawRelated: false };

describe('case flags', () => {
  it('marks five or more people as a group', () => {
    expect(caseFlags({ ...base, peopleCount: GROUP_MIN_PEOPLE - 1 }).group).toBe(false);
    expect(caseFlags({ ...base, peopleCount: GROUP_MIN_PEOPLE }).group).toBe(true);
  });

  it('marks a visit above the city level as skip-level, not one to the county or city', () => {
    expect(caseFlags({ ...base, visitedLevel: 'COUNTY' }).skipLevel).toBe(false);
    expect(caseFlags({ ...base, visitedLevel: 'CITY' }).skipLevel).toBe(false);
    expect(caseFlags({ ...base, visitedLevel: 'PROVINCE' }).skipLevel).toBe(true);
    expect(caseFlags({ ...base, visitedLevel: 'NATIONAL' }).skipLevel).toBe(true);
    expect(caseFlags({ ...base, channel: 'LETTER', visitedLevel: 'NATIONAL' }).skipLevel).toBe(false);
  });

  it('marks a written petition with two or more signers as a joint letter', () => {
    expect(caseFlags({ ...base, channel: 'LETTER', jointSigners: 2 }).jointLetter).toBe(true);
    expect(caseFlags({ ...base, channel: 'LETTER', jointSigners: 1 }).jointLetter).toBe(false);
    expect(caseFlags({ ...base, channel: 'VISIT', jointSigners: 3 }).jointLetter).toBe(false);
  });
});

describe('case numbers', () => {
  it('is the county code, the year and a six-digit sequence', () => {
    expect(formatCaseNo('130529', 2026, 42)).toBe('1305292026000042');
    expect(() => formatCaseNo('130529', 2026, 0)).toThrow();
    expect(() => formatCaseNo('1305', 2026, 1)).toThrow();
  });
});

describe('search grams', () => {
  it('cuts Chinese and latin runs into overlapping pairs, ignoring punctuation', () => {
    expect(searchGrams('土地承包，拆迁款')).toEqual(['土地', '地承', '承包', '拆迁', '迁款']);
    expect(searchGrams('G107 国道')).toEqual(['g1', '10', '07', '国道']);
  });

  it('requires both grams of a three-character keyword and none of a one-character one', () => {
    expect(keywordGrams('拆迁款')).toEqual(['拆迁', '迁款']);
    expect(keywordGrams('土地')).toEqual(['土地']);
    expect(keywordGrams('地')).toEqual([]);
  });
});
