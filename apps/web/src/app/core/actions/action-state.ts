import { signal } from '@angular/core';
import { apiErrorMessage } from '../api-error';

/**
 * One user action's state (a button, a form's submit, a page's load): busy while its request runs,
 * and the message of its last failure, which <app-action-error> shows next to that action — never
 * at the top of the page, out of view. Replaces the hand-written try/catch blocks (and runShowingError).
 */
export class ActionState {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  /**
   * Runs the action's work with the busy flag up and the last error cleared; a failure puts the
   * API's message (or the network/generic one) in `error`. Resolves true when the work succeeded.
   */
  async run(work: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      return true;
    } catch (caught) {
      this.error.set(apiErrorMessage(caught));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** A problem found before any request (a form check), shown in the same place. */
  fail(message: string): void {
    this.error.set(message);
  }

  clear(): void {
    this.error.set(null);
  }
}

/** The states of one action repeated per item (a row's 批准/驳回, a shift's 签到): created on first use. */
export class ActionStates {
  private readonly states = new Map<string, ActionState>();

  for(key: string): ActionState {
    let state = this.states.get(key);
    if (!state) {
      state = new ActionState();
      this.states.set(key, state);
    }
    return state;
  }
}
