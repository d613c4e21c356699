import type { CaseTransitionRequest } from '@julu/contracts';
import { invalidField } from '../../../core/http/api-errors';
import type { ClockRow } from '../clocks/clock.row';

/**
 * The dates of a 复查/复核 request (Arts 35, 36): the petitioner makes it (`requestedOn`, the
 * postmark or submission day) no earlier than the day the written reply was delivered (the start
 * of the window) and no later than the organ received it (`receivedOn`, default today).
 */
export function checkReviewRequestDates(request: CaseTransitionRequest, window: ClockRow | undefined, today: string): void {
  if (request.action !== 'REQUEST_REVIEW' && request.action !== 'REQUEST_REREVIEW') return;
  const { requestedOn } = request;
  if (!requestedOn) return;
  const received = request.receivedOn ?? today;
  if (requestedOn > received) throw invalidField('requestedOn', '信访人提出申请的日期不能晚于收到申请的日期');
  if (window && requestedOn < window.started_on) throw invalidField('requestedOn', `信访人提出申请的日期不能早于意见书送达之日（${window.started_on}）`);
}

/** The day timeliness counts from: when the petitioner made the request, else when it was received. */
export const requestMadeOn = (request: CaseTransitionRequest, today: string): string => request.requestedOn ?? request.receivedOn ?? today;
