import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, PublicLookupRequest } from '@julu/contracts';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';

/**
 * The lookup as the petitioner typed it, tidied: the query code without spaces or dashes and in
 * capitals (it is printed in groups), the last four characters in capitals (an ID number may end
 * in x). Null when either is missing or the last four are not four characters.
 */
export function lookupRequest(queryCode: string, last4: string): PublicLookupRequest | null {
  const code = queryCode.replace(/[\s-]/g, '').toUpperCase();
  const tail = last4.trim().toUpperCase();
  return code && tail.length === 4 ? { queryCode: code, last4: tail } : null;
}

/** The message for a failed lookup: the server's (not found, too many attempts), else a plain not-found. */
export function lookupErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 404) {
    const body = error.error as Partial<ApiErrorBody> | null;
    return body && typeof body.message === 'string' ? body.message : LABELS.publicQuery.notFound;
  }
  return apiErrorMessage(error);
}
