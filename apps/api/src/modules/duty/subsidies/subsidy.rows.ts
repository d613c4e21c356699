import type { DutySubsidySheetView } from '@julu/contracts';

export interface SheetRow {
  id: string;
  unit_id: string;
  unit_name: string;
  period_id: string | null;
  period_name: string | null;
  month: string | null;
  date_from: string;
  date_to: string;
  status: 'DRAFT' | 'APPROVED';
  budget_project_code: string;
  total_person_days: string;
  total_fen: string;
  unpaid_shifts: number;
  paid_shifts: number;
  segments: { effectiveFrom: string; yuanPerPersonDay: number; personDays: number; amountFen: number }[];
  created_at: Date;
  approver_id: string | null;
  approver_name: string | null;
  approved_at: Date | null;
  lines: { id: string; name: string; shifts: number; person_days: string; amount_fen: string }[] | null;
}

export const SHEET_SELECT = `
  SELECT h.id, h.unit_id, u.name AS unit_name, h.period_id, p.name AS period_name, h.month, h.date_from::text AS date_from, h.date_to::text AS date_to,
         h.status, h.budget_project_code, h.total_person_days, h.total_fen, h.unpaid_shifts, h.segments, h.created_at,
         (SELECT count(*)::int FROM duty_subsidy_sheet_shift x WHERE x.sheet_id = h.id) AS paid_shifts,
         au.id AS approver_id, au.display_name AS approver_name, h.approved_at,
         (SELECT json_agg(json_build_object('id', lu.id, 'name', lu.display_name, 'shifts', l.shifts, 'person_days', l.person_days, 'amount_fen', l.amount_fen) ORDER BY l.amount_fen DESC, lu.display_name)
            FROM duty_subsidy_line l JOIN app_user lu ON lu.id = l.user_id WHERE l.sheet_id = h.id) AS lines
  FROM duty_subsidy_sheet h JOIN org_unit u ON u.id = h.unit_id LEFT JOIN sensitive_period p ON p.id = h.period_id LEFT JOIN app_user au ON au.id = h.approved_by`;

const yuan = (fen: string | number): number => Number(fen) / 100;

export const toSheetView = (r: SheetRow): DutySubsidySheetView => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  periodId: r.period_id,
  periodName: r.period_name,
  month: r.month,
  dateFrom: r.date_from,
  dateTo: r.date_to,
  status: r.status,
  budgetProjectCode: r.budget_project_code,
  totalPersonDays: Number(r.total_person_days),
  totalYuan: yuan(r.total_fen),
  paidShifts: r.paid_shifts,
  unpaidShifts: r.unpaid_shifts,
  lines: (r.lines ?? []).map((l) => ({ person: { id: l.id, name: l.name }, shifts: l.shifts, personDays: Number(l.person_days), amountYuan: yuan(l.amount_fen) })),
  segments: r.segments.map((s) => ({ effectiveFrom: s.effectiveFrom, yuanPerPersonDay: s.yuanPerPersonDay, personDays: s.personDays, amountYuan: yuan(s.amountFen) })),
  createdAt: r.created_at.toISOString(),
  approvedBy: r.approver_id && r.approver_name ? { id: r.approver_id, name: r.approver_name } : null,
  approvedAt: r.approved_at?.toISOString() ?? null,
});
