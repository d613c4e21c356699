import type { HotspotStatus, HotspotView, RiskLevel, Role, UpwardDirection } from '@julu/contracts';
import { hotspotColour, permittedHotspotActions } from '@julu/domain';

export interface HotspotRow {
  id: string;
  hotspot_no: string;
  found_on: string;
  found_by: string;
  reporting_org: string;
  township_id: string;
  township_name: string;
  village_id: string | null;
  village_name: string | null;
  category_code: string;
  category_label: string;
  description: string;
  main_demand: string;
  people_involved: number;
  group_type: string;
  possible_direction: UpwardDirection | null;
  risk_level: RiskLevel;
  leader_in_charge: string;
  responsible_org: string;
  responsible_person: string;
  stability_person: string;
  measures_resolve: string;
  measures_stability: string;
  deadline_days: number;
  deadline: string;
  status: HotspotStatus;
  close_requested: boolean;
  closed_on: string | null;
  closed_by_name: string | null;
  backlog_case_id: string | null;
  linked_case_ids: string[];
  version: number;
  created_at: Date;
}

/**
 * Dates read as text so they never shift by a time zone; restrict with a condition over `h`.
 * `visibleCases` is the cases the caller may see (petitions' visibleCasesSql): a linked case the
 * caller may not see is not even named by its id.
 */
export const hotspotSql = (visibleCases: string): string => `
  SELECT h.id, h.hotspot_no, to_char(h.found_on, 'YYYY-MM-DD') AS found_on, h.found_by, h.reporting_org, h.township_id, t.name AS township_name,
         h.village_id, v.name AS village_name, h.category_code, h.category_label, h.description, h.main_demand, h.people_involved, h.group_type,
         h.possible_direction, h.risk_level, h.leader_in_charge, h.responsible_org, h.responsible_person, h.stability_person, h.measures_resolve,
         h.measures_stability, h.deadline_days, to_char(h.deadline, 'YYYY-MM-DD') AS deadline, h.status, h.close_requested,
         to_char(h.closed_on, 'YYYY-MM-DD') AS closed_on, cu.display_name AS closed_by_name, h.backlog_case_id,
         ARRAY(SELECT hc.case_id FROM hotspot_case hc JOIN ${visibleCases} c ON c.id = hc.case_id
               WHERE hc.hotspot_id = h.id ORDER BY hc.linked_at) AS linked_case_ids, h.version, h.created_at
  FROM risk_hotspot h
  JOIN org_unit t ON t.id = h.township_id
  LEFT JOIN org_unit v ON v.id = h.village_id
  LEFT JOIN app_user cu ON cu.id = h.closed_by`;

export function toHotspotView(r: HotspotRow, role: Role, today: string): HotspotView {
  return {
    id: r.id,
    hotspotNo: r.hotspot_no,
    foundOn: r.found_on,
    foundBy: r.found_by,
    reportingOrg: r.reporting_org,
    townshipId: r.township_id,
    townshipName: r.township_name,
    villageId: r.village_id,
    villageName: r.village_name,
    categoryCode: r.category_code,
    categoryLabel: r.category_label,
    description: r.description,
    mainDemand: r.main_demand,
    peopleInvolved: r.people_involved,
    groupType: r.group_type,
    possibleDirection: r.possible_direction,
    riskLevel: Number(r.risk_level) as RiskLevel,
    leaderInCharge: r.leader_in_charge,
    responsibleOrg: r.responsible_org,
    responsiblePerson: r.responsible_person,
    stabilityPerson: r.stability_person,
    measuresResolve: r.measures_resolve,
    measuresStability: r.measures_stability,
    deadlineDays: r.deadline_days,
    deadline: r.deadline,
    status: r.status,
    colour: hotspotColour(r.status, r.deadline, today),
    closeRequested: r.close_requested,
    closedOn: r.closed_on,
    closedByName: r.closed_by_name,
    linkedCaseIds: r.linked_case_ids,
    backlogCaseId: r.backlog_case_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    permittedActions: permittedHotspotActions(r.status, r.close_requested, role),
  };
}
