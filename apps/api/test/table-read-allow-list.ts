/**
 * Hand-written SQL that reads a table outside its owner (table-reads.spec.ts). Only ever shrinks:
 * move a read behind the owner's index.ts (for cases: petitions' case lookups, which apply the
 * case-visibility rule) and delete its entry here. Issue 18.1 found 68 file → table reads outside
 * the owner (shared tables aside) in 30 files, 26 of them reading petition_case; moving the case
 * lookups behind petitions' index.ts left 57 in 20 files (15 reading petition_case).
 */
export interface AllowedRead {
  file: string;
  tables: readonly string[];
  reason: string;
}

/** Reference tables any module may join to name a place or a person: no visibility rule guards them. */
export const SHARED_READ_TABLES: readonly { table: string; reason: string }[] = [
  { table: 'org_unit', reason: 'Units, townships and villages are named in every list; territory checks read the unit tree.' },
  { table: 'app_user', reason: 'Display names of the staff who created or changed a record, and the audience of a notification.' },
  { table: 'content_category', reason: 'The content categories (内容分类) are reference data: forms and imports check a code or a label against them.' },
];

export const TABLE_READ_ALLOW_LIST: readonly AllowedRead[] = [
  { file: 'modules/budget/budget-spending.service.ts', tables: ['outbox_event'], reason: 'The handler of a subsidy-approved event reloads that event’s payload by its id.' },
  {
    file: 'modules/budget/goal-rows.service.ts',
    tables: ['indicator_snapshot'],
    reason: 'The goal scorecard shows the computed value of the indicator each row is bound to (read model).',
  },
  {
    file: 'modules/diversion/diversion-decisions.service.ts',
    tables: ['case_notice', 'petition_case'],
    reason: 'Links the 不予受理告知书 the transition just issued and copies the (already visible) case’s township in one INSERT … SELECT.',
  },
  {
    file: 'modules/diversion/diversion-ledger.service.ts',
    tables: ['petition_case', 'case_notice'],
    reason: 'The 涉法涉诉 monthly counts (a report) over flagged cases and delivered notices, restricted by caseCondition.',
  },
  {
    file: 'modules/diversion/diversion.rows.ts',
    tables: ['petition_case', 'case_notice'],
    reason: 'A diversion row names its case and notice; callers restrict it by caseCondition or to a case already checked visible.',
  },
  {
    file: 'modules/indicators/annual-report.service.ts',
    tables: ['petition_case', 'visit', 'case_event'],
    reason: 'Indicator source (read model, issue 19): counts the records of several modules in one statement per period and unit.',
  },
  {
    file: 'modules/indicators/contribution-ledger.service.ts',
    tables: ['petition_case', 'case_clock', 'visit', 'case_evaluation', 'case_notice'],
    reason: 'Indicator source (read model, issue 19): counts the records of several modules in one statement per period and unit.',
  },
  {
    file: 'modules/indicators/indicator-events.service.ts',
    tables: ['incident', 'budget_spending', 'publicity_event', 'case_clock'],
    reason: 'Maps an event to the periods and units it makes dirty by reading the record it is about.',
  },
  {
    file: 'modules/indicators/sources/goal-row-sources.ts',
    tables: ['visit', 'petition_case', 'case_evaluation', 'duty_subsidy_sheet', 'sensitive_period', 'publicity_plan', 'publicity_event_village', 'publicity_event'],
    reason: 'Indicator source (read model, issue 19): counts the records of several modules in one statement per period and unit.',
  },
  {
    file: 'modules/indicators/sources/ledger-sources.ts',
    tables: ['duty_roster', 'duty_shift_member', 'incident', 'incident_report', 'publicity_event_village', 'publicity_event', 'budget_spending', 'budget_project'],
    reason: 'Indicator source (read model, issue 19): counts the records of several modules in one statement per period and unit.',
  },
  { file: 'modules/indicators/sources/source-params.ts', tables: ['petition_case'], reason: 'The case-level filter shared by the indicator sources (read model).' },
  {
    file: 'modules/indicators/sources/workflow-sources.ts',
    tables: ['case_clock', 'petition_case', 'clock_rule', 'case_evaluation', 'visit', 'case_notice', 'case_event'],
    reason: 'Indicator source (read model, issue 19): counts the records of several modules in one statement per period and unit.',
  },
  {
    file: 'modules/workflow/inbox/notifications.service.ts',
    tables: ['petition_case'],
    reason: 'Leaves the users of a unit a 检举控告 accuses out of its notification (Art 30 ¶3): a condition over app_user, not a territory.',
  },
  {
    file: 'modules/workflow/inbox/urgent-cases.ts',
    tables: ['petition_case'],
    reason: 'The work queue joins running clocks to their open cases (read model), restricted by the caseCondition filter of work-queries.',
  },
  {
    file: 'modules/workflow/inbox/work-audience.ts',
    tables: ['petition_case'],
    reason: 'After an event about a case, finds the units whose work list changed (system read, no caller).',
  },
  {
    file: 'modules/workflow/notices/notice.row.ts',
    tables: ['petition_case'],
    reason: 'A notice names its case number; callers already hold the case (loadWorkflowCase) or are the public lookup.',
  },
  {
    file: 'modules/workflow/public/public-cases.service.ts',
    tables: ['petition_case', 'case_petitioner', 'petitioner'],
    reason: 'The public lookup (查询码) matches a petitioner’s ID number and phone to a case: no staff territory applies.',
  },
  {
    file: 'modules/workflow/reminders/deadline-sweep.service.ts',
    tables: ['petition_case'],
    reason: 'The sweep derives 超期 for every open case from its clocks (system job); petitions writes the flag (setCasesOverdue).',
  },
];
