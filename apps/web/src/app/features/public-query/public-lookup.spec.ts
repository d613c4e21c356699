import { HttpErrorResponse } from '@angular/common/http';
import { lookupErrorMessage, lookupRequest } from './public-lookup';

describe('the public lookup', () => {
  it('tidies the query code and the last four characters', () => {
    expect(lookupRequest(' abcd-efgh 2345 ', '123x')).toEqual({ queryCode: 'ABCDEFGH2345', last4: '123X' });
  });

  it('refuses a missing code or a tail that is not four characters', () => {
    expect(lookupRequest('', '1234')).toBeNull();
    expect(lookupRequest('ABCDEFGH2345', '123')).toBeNull();
    expect(lookupRequest('ABCDEFGH2345', '12345')).toBeNull();
  });

  it("shows the server's message for not found and for too many attempts", () => {
    const notFound = new HttpErrorResponse({ status: 404, error: { statusCode: 404, code: 'NOT_FOUND', message: '查询码或后四位不正确，请核对后重试' } });
    expect(lookupErrorMessage(notFound)).toBe('查询码或后四位不正确，请核对后重试');
    expect(lookupErrorMessage(new HttpErrorResponse({ status: 404, error: null }))).toBe('查询码或后四位不正确，请核对后重试');
    const tooMany = new HttpErrorResponse({ status: 429, error: { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: '查询次数过多，请 15 分钟后再试' } });
    expect(lookupErrorMessage(tooMany)).toBe('查询次数过多，请 15 分钟后再试');
  });
});
