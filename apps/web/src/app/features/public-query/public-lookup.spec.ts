import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from '../../core/api-error';
import { lookupErrors, lookupRefusal, lookupRequest } from './public-lookup';

describe('the public lookup', () => {
  it('tidies the query code and the last four characters', () => {
    expect(lookupRequest(' abcd-efgh 2345 ', '123x')).toEqual({ queryCode: 'ABCDEFGH2345', last4: '123X' });
  });

  it('refuses a missing code or a tail that is not four characters', () => {
    expect(lookupRequest('', '1234')).toBeNull();
    expect(lookupRequest('ABCDEFGH2345', '123')).toBeNull();
    expect(lookupRequest('ABCDEFGH2345', '12345')).toBeNull();
  });

  it('puts each problem on its field, as the API would refuse it', () => {
    expect(lookupErrors('ABCD-EFGH 2345', '123x')).toEqual([]);
    expect(lookupErrors('', '').map((e) => e.field)).toEqual(['queryCode', 'last4']);
    expect(lookupErrors('ABCD?EFGH', '1234')).toEqual([{ field: 'queryCode', message: '查询码只有字母和数字，请对照登记回执核对' }]);
    expect(lookupErrors('ABCDEFGH2345', '12')).toEqual([{ field: 'last4', message: '后四位应为 4 个数字（身份证号码最后一位可以是 X）' }]);
    expect(lookupErrors('ABCDEFGH2345', '12ab')[0]?.field).toBe('last4');
  });

  it("shows the server's message for not found and for too many attempts", () => {
    const notFound = new HttpErrorResponse({ status: 404, error: { statusCode: 404, code: 'NOT_FOUND', message: '查询码或后四位不正确，请核对后重试' } });
    expect(apiErrorMessage(lookupRefusal(notFound))).toBe('查询码或后四位不正确，请核对后重试');
    expect(apiErrorMessage(lookupRefusal(new HttpErrorResponse({ status: 404, error: null })))).toBe('查询码或后四位不正确，请核对后重试');
    const tooMany = new HttpErrorResponse({ status: 429, error: { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: '查询次数过多，请 15 分钟后再试' } });
    expect(apiErrorMessage(lookupRefusal(tooMany))).toBe('查询次数过多，请 15 分钟后再试');
  });
});
