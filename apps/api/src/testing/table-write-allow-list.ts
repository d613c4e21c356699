/**
 * Writes outside a table's owner that are not fixed yet (table-owners.spec.ts). Only ever shrinks:
 * fix one by moving the write behind the owner's index.ts and delete its entry here.
 * Started (issue 18) with 9 entries.
 */
export interface AllowedWrite {
  file: string;
  table: string;
  reason: string;
}

export const TABLE_WRITE_ALLOW_LIST: readonly AllowedWrite[] = [
  { file: 'modules/diversion/diversion-cases.service.ts', table: 'petition_case', reason: 'sets is_law_related when a case is flagged 涉法涉诉' },
  { file: 'modules/diversion/diversion-decisions.service.ts', table: 'petition_case', reason: 'sets is_law_related when a case is diverted' },
  { file: 'modules/petitions/ledgers/retention.service.ts', table: 'idempotency_key', reason: 'the nightly retention purges expired idempotency keys itself' },
  { file: 'modules/workflow/clocks/clocks.service.ts', table: 'petition_case', reason: 'recomputes the case overdue flag from its clocks' },
  { file: 'modules/workflow/evaluations/evaluations.service.ts', table: 'petition_case', reason: 'bumps the case version after an evaluation' },
  { file: 'modules/workflow/notices/notices.service.ts', table: 'petition_case', reason: 'bumps the case version after a notice delivery' },
  { file: 'modules/workflow/reminders/deadline-sweep.service.ts', table: 'petition_case', reason: 'flags overdue cases, closes cases whose review window lapsed' },
  { file: 'modules/workflow/reminders/reminders.service.ts', table: 'petition_case', reason: 'sets the overdue flag on a breach reminder' },
  { file: 'modules/workflow/transitions/transitions.service.ts', table: 'petition_case', reason: 'applies a transition: state, handling unit, supervision, closing' },
];
