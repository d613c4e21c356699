import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from '../../core/api-error';

export type TransitionAnswer<T> = { view: T; conflict: null } | { view: null; conflict: string };

/**
 * The server's answer to a step, or its 409 (the case changed meanwhile, or a rule refuses the step
 * now), which the case page shows above the reloaded case. Any other refusal is rethrown for the
 * dialog to show.
 */
export function answerOrConflict<T>(request: Promise<T>): Promise<TransitionAnswer<T>> {
  return request.then(
    (view): TransitionAnswer<T> => ({ view, conflict: null }),
    (error: unknown): TransitionAnswer<T> => {
      if (error instanceof HttpErrorResponse && error.status === 409) return { view: null, conflict: apiErrorMessage(error) };
      throw error;
    },
  );
}
