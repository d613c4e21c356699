import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@julu/contracts';
import { LABELS } from './labels';

/** The message to show for a failed call: the API's own message when it sent one. */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return LABELS.errors.networkError;
    const body = error.error as Partial<ApiErrorBody> | null;
    if (body && typeof body.message === 'string') return body.message;
  }
  return LABELS.errors.generic;
}
