import type { WritableSignal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@julu/contracts';
import { LABELS } from './labels';

/** The message to show for a failed call: the API's own message when it sent one. */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return LABELS.login.networkError;
    const body = error.error as Partial<ApiErrorBody> | null;
    if (body && typeof body.message === 'string') return body.message;
  }
  return LABELS.errors.generic;
}

/** Runs a page's request with its busy flag up and, on failure, the API's message in its error slot. */
export async function runShowingError(busy: WritableSignal<boolean>, error: WritableSignal<string | null>, work: () => Promise<void>): Promise<void> {
  busy.set(true);
  error.set(null);
  try {
    await work();
  } catch (caught) {
    error.set(apiErrorMessage(caught));
  } finally {
    busy.set(false);
  }
}
