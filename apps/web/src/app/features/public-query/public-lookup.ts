import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, PublicLookupRequest } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import { PUBLIC_QUERY_LABELS } from './public-query.labels';

const tidyCode = (queryCode: string): string => queryCode.replace(/[\s-]/g, '').toUpperCase();
const tidyTail = (last4: string): string => last4.trim().toUpperCase();

/**
 * What keeps a lookup from being sent, on its field (the API's PublicLookupDto: a code of 4–32
 * letters or digits once the spaces and dashes it is printed with are gone; four digits, or an ID
 * number's final X).
 */
export function lookupErrors(queryCode: string, last4: string): FieldError[] {
  const errors: FieldError[] = [];
  const code = tidyCode(queryCode);
  if (!code) errors.push({ field: 'queryCode', message: '请填写查询码：登记回执上的 12 位字母和数字' });
  else if (!/^[A-Z0-9]{4,32}$/.test(code)) errors.push({ field: 'queryCode', message: '查询码只有字母和数字，请对照登记回执核对' });
  const tail = tidyTail(last4);
  if (!tail) errors.push({ field: 'last4', message: '请填写身份证号码或手机号码的后四位' });
  else if (!/^[0-9X]{4}$/.test(tail)) errors.push({ field: 'last4', message: '后四位应为 4 个数字（身份证号码最后一位可以是 X）' });
  return errors;
}

/**
 * The lookup as the petitioner typed it, tidied: the query code without spaces or dashes and in
 * capitals (it is printed in groups), the last four characters in capitals (an ID number may end
 * in x). Null when lookupErrors finds a problem.
 */
export function lookupRequest(queryCode: string, last4: string): PublicLookupRequest | null {
  return lookupErrors(queryCode, last4).length ? null : { queryCode: tidyCode(queryCode), last4: tidyTail(last4) };
}

/** A failed lookup as shown: a not-found the server gave no words for says the code or the tail is wrong. */
export function lookupRefusal(error: unknown): unknown {
  if (error instanceof HttpErrorResponse && error.status === 404) {
    const body = error.error as Partial<ApiErrorBody> | null;
    if (!body || typeof body.message !== 'string') return new HttpErrorResponse({ status: 404, error: { message: PUBLIC_QUERY_LABELS.publicQuery.notFound } });
  }
  return error;
}
