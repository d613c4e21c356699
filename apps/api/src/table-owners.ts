/**
 * Who owns each table (docs/ARCHITECTURE.md, "Table ownership"): the one area of apps/api/src whose
 * files may INSERT, UPDATE or DELETE its rows. Everyone else asks the owner through its index.ts.
 * `table-owners.spec.ts` checks every write in the source against this map, and
 * `table-owners.int-spec.ts` checks that every table the migrations create is listed here.
 */
export type TableOwner =
  | 'core/database'
  | 'core/idempotency'
  | 'core/outbox'
  | 'core/rate-limit'
  | 'modules/audit'
  | 'modules/budget'
  | 'modules/calendar'
  | 'modules/diversion'
  | 'modules/duty'
  | 'modules/hotspots'
  | 'modules/identity'
  | 'modules/incidents'
  | 'modules/indicators'
  | 'modules/org'
  | 'modules/petitions'
  | 'modules/publicity'
  | 'modules/workflow';

const owned = (owner: TableOwner, tables: readonly string[]): [string, TableOwner][] => tables.map((t) => [t, owner]);

export const TABLE_OWNERS: ReadonlyMap<string, TableOwner> = new Map([
  ...owned('core/database', ['schema_migrations']),
  ...owned('core/idempotency', ['idempotency_key']),
  ...owned('core/outbox', ['outbox_event', 'event_receipt']),
  ...owned('core/rate-limit', ['rate_limit_counter']),
  ...owned('modules/audit', ['audit_log']),
  ...owned('modules/identity', ['app_user', 'auth_refresh_token']),
  ...owned('modules/org', ['org_unit']),
  ...owned('modules/calendar', ['holiday_year']),
  ...owned('modules/petitions', [
    'petitioner',
    'petition_case',
    'case_petitioner',
    'case_number_counter',
    'case_repeat_link',
    'case_attachment',
    'content_category',
    'visit',
    'visit_representative',
    'export_job',
  ]),
  ...owned('modules/workflow', ['case_clock', 'case_event', 'case_notice', 'case_evaluation', 'notification', 'notice_number_counter', 'clock_rule', 'public_lookup_attempt']),
  // The 涉法涉诉 flag record (who, why) is diversion's; the flag on the case itself is petitions'.
  ...owned('modules/diversion', ['case_diversion', 'case_consultation', 'case_law_flag', 'diversion_rule', 'diversion_follow_up']),
  ...owned('modules/duty', [
    'sensitive_period',
    'duty_roster',
    'duty_shift',
    'duty_shift_member',
    'duty_handover',
    'duty_swap',
    'duty_unavailability',
    'duty_report',
    'duty_report_flag',
    'duty_subsidy_rate',
    'duty_subsidy_sheet',
    'duty_subsidy_sheet_shift',
    'duty_subsidy_line',
    'duty_subsidy_paid_shift',
    'return_escort',
  ]),
  ...owned('modules/incidents', ['incident', 'incident_number_counter', 'incident_report', 'incident_report_limit']),
  ...owned('modules/publicity', ['publicity_plan', 'publicity_event', 'publicity_event_village', 'publicity_photo']),
  ...owned('modules/hotspots', [
    'risk_hotspot',
    'hotspot_case',
    'hotspot_follow_up',
    'hotspot_number_counter',
    'hotspot_weekly_report',
    'hotspot_weekly_missing',
    'backlog_case',
    'backlog_case_link',
    'leader_activity',
  ]),
  ...owned('modules/budget', ['budget_project', 'budget_spending', 'budget_goal_import', 'budget_goal_row', 'budget_monitoring', 'budget_evaluation']),
  ...owned('modules/indicators', [
    'indicator_contribution',
    'indicator_dirty',
    'indicator_ledger_year',
    'indicator_reconciliation_run',
    'indicator_run',
    'indicator_snapshot',
    'indicator_snapshot_history',
  ]),
]);

/** The owner of `table`, or undefined for a table nobody has claimed (a failing test). */
export function ownerOf(table: string): TableOwner | undefined {
  return TABLE_OWNERS.get(table);
}
