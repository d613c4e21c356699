import { Injectable } from '@nestjs/common';
import type { CaseState, ClockCode, CurrentUser, SupervisionLevel, SupervisionRow, WorkInbox, WorkItem } from '@julu/contracts';
import { chinaDate, CLOSED_STATES, daysBetween } from '@julu/domain';
import { DataSource } from 'typeorm';
import { caseCondition } from '../../../core/access/case-scope';
import { territoryOf } from '../../../core/access/territory';

/** Days before a due date from which a clock counts as 即将到期 (the T−5 reminder). */
const DUE_SOON_DAYS = 5;

interface WorkRow {
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

/** Each open case with its most urgent running organ clock. */
const OPEN_CASES = `
  SELECT c.id, c.case_no, c.title, c.status, t.name AS township_name, c.supervision_level, c.handling_unit_id,
         h.name AS handling_unit_name, c.overdue, k.code, r.label, k.due_on::text AS due_on, k.responsible_unit_id
  FROM petition_case c
  JOIN org_unit t ON t.id = c.township_id
  LEFT JOIN org_unit h ON h.id = c.handling_unit_id
  LEFT JOIN LATERAL (
    SELECT code, due_on, responsible_unit_id FROM case_clock
    WHERE case_id = c.id AND status <> 'STOPPED' AND party = 'ORGAN' ORDER BY due_on LIMIT 1) k ON TRUE
  LEFT JOIN clock_rule r ON r.code = k.code`;

/** 我的工作 and the supervision page. */
@Injectable()
export class WorkQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  async inbox(user: CurrentUser): Promise<WorkInbox> {
    const params: unknown[] = [CLOSED_STATES, user.orgUnitId];
    const scope = caseCondition(territoryOf(user), params);
    const rows: WorkRow[] = await this.dataSource.query(
      `${OPEN_CASES}
       WHERE c.status <> ALL($1) AND ${scope}
         AND (c.handling_unit_id = $2::uuid OR k.responsible_unit_id = $2::uuid)
       ORDER BY k.due_on NULLS LAST, c.registered_at LIMIT 300`,
      params,
    );
    const [me]: { is_unit_head: boolean }[] = await this.dataSource.query('SELECT is_unit_head FROM app_user WHERE id = $1', [user.id]);
    const today = chinaDate(new Date());
    const items = rows
      .map((r) => toWorkItem(r, today, user.orgUnitId, me?.is_unit_head ?? false))
      .filter((item): item is WorkItem => item !== null);
    return { items };
  }

  async supervision(user: CurrentUser, filter: { level?: SupervisionLevel; overdue?: boolean }): Promise<{ items: SupervisionRow[] }> {
    const params: unknown[] = [CLOSED_STATES];
    const conditions = ['c.status <> ALL($1)', caseCondition(territoryOf(user), params)];
    if (filter.level) {
      params.push(filter.level);
      conditions.push(`c.supervision_level = $${params.length}`);
    }
    if (filter.overdue) conditions.push('c.overdue');
    if (!filter.level && !filter.overdue) conditions.push('(c.supervision_level IS NOT NULL OR c.overdue)');
    const rows: WorkRow[] = await this.dataSource.query(`${OPEN_CASES} WHERE ${conditions.join(' AND ')} ORDER BY k.due_on NULLS LAST, c.registered_at LIMIT 500`, params);
    return {
      items: rows.map((r) => ({
        caseId: r.id,
        caseNo: r.case_no,
        title: r.title,
        state: r.status,
        townshipName: r.township_name,
        handlingUnitName: r.handling_unit_name,
        supervisionLevel: r.supervision_level,
        overdue: r.overdue,
        nextDueOn: r.due_on,
        nextClockLabel: r.label,
      })),
    };
  }
}

function toWorkItem(r: WorkRow, today: string, unitId: string | null, unitHead: boolean): WorkItem | null {
  const daysLeft = r.due_on ? daysBetween(today, r.due_on) : null;
  const mine = r.handling_unit_id === unitId;
  let reason: WorkItem['reason'];
  if (r.status === 'EXTENSION_REQUESTED' && mine && unitHead) reason = 'AWAITING_APPROVAL';
  else if ((r.status === 'FORWARDED' || r.status === 'ASSIGNED') && mine) reason = 'AWAITING_ACCEPTANCE';
  else if (daysLeft !== null && daysLeft < 0) reason = 'OVERDUE';
  else if (daysLeft !== null && daysLeft <= DUE_SOON_DAYS) reason = 'DUE_SOON';
  else if (mine || r.responsible_unit_id === unitId) reason = 'IN_HANDLING';
  else return null;
  return {
    caseId: r.id,
    caseNo: r.case_no,
    title: r.title,
    state: r.status,
    townshipName: r.township_name,
    clockCode: r.code,
    clockLabel: r.label,
    dueOn: r.due_on,
    daysLeft,
    reason,
    supervisionLevel: r.supervision_level,
  };
}
