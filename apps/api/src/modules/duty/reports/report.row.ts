import type { DutyReportView } from '@julu/contracts';

export interface ReportRow {
  id: string;
  unit_id: string;
  unit_name: string;
  report_date: string;
  type: DutyReportView['type'];
  has_abnormal: boolean;
  content: string;
  key_person_dynamics: string;
  submitted_at: Date;
  submitter_id: string;
  submitter_name: string;
  due_at: Date;
}

/** Live (not withdrawn) reports: the only ones that count anywhere. */
export const LIVE_REPORT = 'd.withdrawn_at IS NULL';

export const REPORT_SELECT = `
  SELECT d.id, d.unit_id, u.name AS unit_name, d.report_date::text AS report_date, d.type, d.has_abnormal, d.content, d.key_person_dynamics,
         d.submitted_at, su.id AS submitter_id, su.display_name AS submitter_name, d.due_at
  FROM duty_report d JOIN org_unit u ON u.id = d.unit_id JOIN app_user su ON su.id = d.submitted_by`;

export const toReportView = (r: ReportRow, undoMinutes: number): DutyReportView => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  reportDate: r.report_date,
  type: r.type,
  hasAbnormal: r.has_abnormal,
  content: r.content,
  keyPersonDynamics: r.key_person_dynamics,
  submittedAt: r.submitted_at.toISOString(),
  submittedBy: { id: r.submitter_id, name: r.submitter_name },
  dueAt: r.due_at.toISOString(),
  late: r.submitted_at > r.due_at,
  undoUntil: new Date(r.submitted_at.getTime() + undoMinutes * 60_000).toISOString(),
});

/**
 * The unit-days that owe a daily report: each day of a published or closed roster, due at the
 * roster's report time (China time) on that day.
 */
export const REPORT_DAYS = `
  SELECT r.unit_id, d::date AS report_date, (d::date + r.report_due_time::time) AT TIME ZONE 'Asia/Shanghai' AS due_at
  FROM duty_roster r CROSS JOIN LATERAL generate_series(r.date_from, r.date_to, interval '1 day') AS d
  WHERE r.status IN ('PUBLISHED', 'CLOSED')`;
