import type { CaseClockView, ClockCode, ClockParty, ClockStatus, PeriodUnitCode } from '@julu/contracts';
import { chinaDate, daysBetween, type Pause } from '@julu/domain';

export interface ClockPause {
  from: string;
  /** null while the pause lasts. */
  to: string | null;
  reason: string;
}

export interface ClockRow {
  id: string;
  case_id: string;
  code: ClockCode;
  party: ClockParty;
  responsible_unit_id: string | null;
  responsible_unit_name: string | null;
  status: ClockStatus;
  started_on: string;
  amount: number;
  unit: PeriodUnitCode;
  exclude_start_day: boolean;
  extend_past_days_off: boolean;
  due_on: string;
  explanation: string[];
  extended_days: number;
  pauses: ClockPause[];
  provisional: boolean;
  stopped_at: Date | null;
  stop_reason: string | null;
  overdue: boolean;
  version: number;
  label: string;
  article: string;
}

/** Every clock column, dates as YYYY-MM-DD text, with the rule's label and the unit's name. */
export const CLOCK_SELECT = `
  SELECT k.id, k.case_id, k.code, k.party, k.responsible_unit_id, u.name AS responsible_unit_name, k.status,
         k.started_on::text AS started_on, k.amount, k.unit, k.exclude_start_day, k.extend_past_days_off,
         k.due_on::text AS due_on, k.explanation, k.extended_days, k.pauses, k.provisional, k.stopped_at,
         k.stop_reason, k.overdue, k.version, r.label, r.article
  FROM case_clock k
  JOIN clock_rule r ON r.code = k.code
  LEFT JOIN org_unit u ON u.id = k.responsible_unit_id`;

/** A pause still going on counts up to today. */
export function pausesAsOf(pauses: readonly ClockPause[], today: string): Pause[] {
  return pauses.map((p) => ({ from: p.from, to: p.to ?? today, reason: p.reason }));
}

export function toClockView(row: ClockRow, now: Date): CaseClockView {
  const today = chinaDate(now);
  const running = row.status !== 'STOPPED';
  const daysLeft = running ? daysBetween(today, row.due_on) : null;
  return {
    id: row.id,
    code: row.code,
    label: row.label,
    article: row.article,
    party: row.party,
    status: row.status,
    startedOn: row.started_on,
    amount: row.amount,
    unit: row.unit,
    dueOn: row.due_on,
    explanation: row.explanation,
    extendedDays: row.extended_days,
    pauses: row.pauses,
    stoppedAt: row.stopped_at?.toISOString() ?? null,
    stopReason: row.stop_reason,
    overdue: row.party === 'ORGAN' && (running ? (daysLeft ?? 0) < 0 : row.overdue),
    daysLeft,
    responsibleUnitName: row.responsible_unit_name,
    version: row.version,
  };
}

/** The case's 超期 flag as SQL: some running clock of an organ is past its last day. */
export const overdueCondition = (caseIdSql: string, todaySql: string): string =>
  `EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = ${caseIdSql} AND k.status <> 'STOPPED' AND k.party = 'ORGAN' AND k.due_on < ${todaySql})`;
