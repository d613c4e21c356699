import type { CaseState, ClockCode, SupervisionLevel } from '@julu/contracts';
import { CLOSED_STATES } from '@julu/domain';
import type { DataSource } from 'typeorm';

export interface UrgentCaseRow {
  id: string;
  case_no: string;
  title: string;
  status: CaseState;
  township_name: string;
  supervision_level: SupervisionLevel | null;
  handling_unit_id: string | null;
  handling_unit_name: string | null;
  overdue: boolean;
  code: ClockCode | null;
  label: string | null;
  due_on: string | null;
  responsible_unit_id: string | null;
}

/** The first parameter of every urgent-case query: the closed states ($1). */
export const openCaseParams = (): unknown[] => [CLOSED_STATES];

const CASE_COLUMNS = `c.id, c.case_no, c.title, c.status, t.name AS township_name, c.supervision_level, c.handling_unit_id,
  h.name AS handling_unit_name, c.overdue`;
const CASE_JOINS = `JOIN org_unit t ON t.id = c.township_id LEFT JOIN org_unit h ON h.id = c.handling_unit_id`;
const RUNNING_ORGAN = `k.status <> 'STOPPED' AND k.party = 'ORGAN'`;

export interface UrgentCaseFilter {
  /** SQL over `c` (the case) and `k` (a running organ clock), with $n placeholders into `params`. */
  withClock: string;
  /** The same filter for open cases that have no running organ clock (over `c` only). */
  withoutClock: string;
  /** Parameters; start them with `openCaseParams()` ($1 = the closed states). */
  params: unknown[];
}

/**
 * Open cases in order of their most urgent running organ clock, then those without one. Driven by
 * the clock indexes (due date, responsible unit) so a page costs the same at a million cases: the
 * earliest clocks are read first and the scan stops at the page size.
 */
export async function urgentCases(dataSource: DataSource, filter: UrgentCaseFilter, limit: number): Promise<UrgentCaseRow[]> {
  const params = filter.params;
  const clocked: UrgentCaseRow[] = await dataSource.query(
    `SELECT ${CASE_COLUMNS}, k.code, r.label, k.due_on::text AS due_on, k.responsible_unit_id
     FROM case_clock k JOIN petition_case c ON c.id = k.case_id ${CASE_JOINS} JOIN clock_rule r ON r.code = k.code
     WHERE ${RUNNING_ORGAN} AND c.status <> ALL($1) AND ${filter.withClock}
     ORDER BY k.due_on, c.id LIMIT ${2 * limit}`,
    params,
  );
  // A case with two running clocks (D3 and D4) appears twice; its earliest clock comes first.
  const seen = new Set<string>();
  const rows = clocked.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, limit);
  if (rows.length >= limit) return rows;
  const unclocked: UrgentCaseRow[] = await dataSource.query(
    `SELECT ${CASE_COLUMNS}, NULL AS code, NULL AS label, NULL AS due_on, NULL AS responsible_unit_id
     FROM petition_case c ${CASE_JOINS}
     WHERE c.status <> ALL($1) AND ${filter.withoutClock}
       AND NOT EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id AND ${RUNNING_ORGAN})
     ORDER BY c.registered_at DESC, c.id DESC LIMIT ${limit - rows.length}`,
    params,
  );
  return [...rows, ...unclocked];
}
