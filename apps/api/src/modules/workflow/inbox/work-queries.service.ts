import { Injectable } from '@nestjs/common';
import type { CurrentUser, SupervisionLevel, SupervisionRow, WorkInbox, WorkItem } from '@julu/contracts';
import { chinaDate, daysBetween } from '@julu/domain';
import { DataSource } from 'typeorm';
import { caseCondition } from '../../petitions';
import { territoryOf } from '../../../core/access/territory';
import { openCaseParams, type UrgentCaseRow, urgentCases } from './urgent-cases';

/** Days before a due date from which a clock counts as 即将到期 (the T−5 reminder). */
const DUE_SOON_DAYS = 5;
const INBOX_SIZE = 300;
const SUPERVISION_SIZE = 500;

/** 我的工作 and the supervision page. */
@Injectable()
export class WorkQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  async inbox(user: CurrentUser): Promise<WorkInbox> {
    const params = [...openCaseParams(), user.orgUnitId];
    const scope = caseCondition(territoryOf(user), params);
    const filter = { withClock: `k.responsible_unit_id = $2::uuid AND ${scope}`, withoutClock: `c.handling_unit_id = $2::uuid AND ${scope}`, params };
    const rows = await urgentCases(this.dataSource, filter, INBOX_SIZE);
    const [me]: { is_unit_head: boolean }[] = await this.dataSource.query('SELECT is_unit_head FROM app_user WHERE id = $1', [user.id]);
    const today = chinaDate(new Date());
    const items = rows.map((r) => toWorkItem(r, today, user.orgUnitId, me?.is_unit_head ?? false)).filter((item): item is WorkItem => item !== null);
    return { items };
  }

  async supervision(user: CurrentUser, filter: { level?: SupervisionLevel; overdue?: boolean }): Promise<{ items: SupervisionRow[] }> {
    const params = openCaseParams();
    const conditions = [caseCondition(territoryOf(user), params)];
    if (filter.level) {
      params.push(filter.level);
      conditions.push(`c.supervision_level = $${params.length}`);
    }
    if (filter.overdue) conditions.push('c.overdue');
    if (!filter.level && !filter.overdue) conditions.push('(c.supervision_level IS NOT NULL OR c.overdue)');
    const where = conditions.join(' AND ');
    const rows = await urgentCases(this.dataSource, { withClock: where, withoutClock: where, params }, SUPERVISION_SIZE);
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

function toWorkItem(r: UrgentCaseRow, today: string, unitId: string | null, unitHead: boolean): WorkItem | null {
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
