import { caseLookupCondition } from './case-list';

describe('case lookup condition (POST /cases/lookup)', () => {
  it('reads digits as a case number, its leading or closing digits, numbering after the caller’s parameters', () => {
    const params: unknown[] = ['scope'];
    const sql = caseLookupCondition(' 000123 ', params);
    expect(params).toEqual(['scope', '000123']);
    expect(sql).toContain('c.case_no >= $2');
    expect(sql).toContain('right(c.case_no, length($2)) = $2');
    expect(sql).not.toContain('petitioner');
  });

  it('reads other text as part of a petitioner’s name (as typed) or of the title or request (any case)', () => {
    const params: unknown[] = [];
    const sql = caseLookupCondition('张三 G107', params);
    expect(params).toEqual(['张三 G107', '张三 g107']);
    expect(sql).toContain("strpos(lower(c.title || ' ' || c.main_request), $2) > 0");
    expect(sql).toContain('strpos(p.name, $1) > 0');
    expect(sql).not.toContain('case_no');
  });
});
