import type { BacklogCaseView, BacklogOrigin, BacklogStatus, LeaderActivityView, ResolutionType, SupervisionLevel } from '@julu/contracts';

export interface BacklogRow {
  id: string;
  backlog_no: string;
  title: string;
  origin: BacklogOrigin;
  township_id: string;
  township_name: string;
  hotspot_id: string | null;
  leader: string;
  responsible_org: string;
  team: string;
  task: string;
  responsibility: string;
  plan: string;
  deadline: string;
  supervision_level: SupervisionLevel | null;
  status: BacklogStatus;
  resolution_type: ResolutionType | null;
  settled_on: string | null;
  linked_case_ids: string[];
  version: number;
  created_at: Date;
  /** created_at to the microsecond, the keyset cursor's key (a Date keeps only milliseconds). */
  created_key: string;
}

/**
 * The ledger row; `visibleCases` is the cases the caller may see (petitions' visibleCasesSql), so a
 * linked case the caller may not see is not even named by its id.
 */
export const backlogSql = (visibleCases: string): string => `
  SELECT b.id, b.backlog_no, b.title, b.origin, b.township_id, t.name AS township_name, b.hotspot_id, b.leader, b.responsible_org, b.team, b.task,
         b.responsibility, b.plan, to_char(b.deadline, 'YYYY-MM-DD') AS deadline, b.supervision_level, b.status, b.resolution_type,
         to_char(b.settled_on, 'YYYY-MM-DD') AS settled_on, ARRAY(SELECT l.case_id FROM backlog_case_link l JOIN ${visibleCases} c ON c.id = l.case_id
           WHERE l.backlog_id = b.id ORDER BY l.case_id) AS linked_case_ids,
         b.version, b.created_at, to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
  FROM backlog_case b JOIN org_unit t ON t.id = b.township_id`;

const OPEN: readonly BacklogStatus[] = ['UNRESOLVED', 'RESOLVING', 'RELAPSED'];

export const toBacklogView = (r: BacklogRow, activities: LeaderActivityView[], today: string): BacklogCaseView => ({
  id: r.id,
  backlogNo: r.backlog_no,
  title: r.title,
  origin: r.origin,
  townshipId: r.township_id,
  townshipName: r.township_name,
  hotspotId: r.hotspot_id,
  linkedCaseIds: r.linked_case_ids,
  leader: r.leader,
  responsibleOrg: r.responsible_org,
  team: r.team,
  task: r.task,
  responsibility: r.responsibility,
  plan: r.plan,
  deadline: r.deadline,
  supervisionLevel: r.supervision_level,
  status: r.status,
  resolutionType: r.resolution_type,
  settledOn: r.settled_on,
  overdue: OPEN.includes(r.status) && today > r.deadline,
  activities,
  version: r.version,
  createdAt: r.created_at.toISOString(),
});
