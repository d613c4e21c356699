import type { CaseDetail, CaseStatus, CasePetitionerRole, CaseSummary, Channel, ChannelSubtype, CaseSource, MatterType, VisitedLevel } from '@julu/contracts';

export interface CaseRow {
  id: string;
  case_no: string;
  registered_at: Date;
  channel: Channel;
  source: CaseSource;
  matter_type: MatterType;
  category_code: string;
  category_label: string;
  title: string;
  township_id: string;
  township_name: string;
  village_name: string | null;
  status: CaseStatus;
  people_count: number;
  is_group: boolean;
  is_skip_level: boolean;
  is_joint_letter: boolean;
  is_law_related: boolean;
  is_repeat: boolean;
  primary_petitioner_name: string | null;
}

export interface CaseDetailRow extends CaseRow {
  channel_subtype: ChannelSubtype | null;
  main_request: string;
  facts_reasons: string | null;
  village_id: string | null;
  location_detail: string | null;
  involved_unit_id: string | null;
  involved_unit_name: string | null;
  joint_signers: number;
  visited_level: VisitedLevel | null;
  registered_by_name: string;
  received_on: string;
  registration_delay_days: number;
  prior_case_id: string | null;
  prior_case_no: string | null;
  repeat_count: number;
}

/** Summary columns over `petition_case c` with township `t` and village `v`. */
export const CASE_SUMMARY_SQL = `
  SELECT c.id, c.case_no, c.registered_at, c.channel, c.source, c.matter_type, c.category_code, c.category_label, c.title,
         c.township_id, t.name AS township_name, v.name AS village_name, c.status, c.people_count,
         c.is_group, c.is_skip_level, c.is_joint_letter, c.is_law_related, c.is_repeat,
         (SELECT p.name FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id
          WHERE cp.case_id = c.id ORDER BY cp.position LIMIT 1) AS primary_petitioner_name`;

export const CASE_FROM_SQL = `
  FROM petition_case c
  JOIN org_unit t ON t.id = c.township_id
  LEFT JOIN org_unit v ON v.id = c.village_id`;

/**
 * The detail row; `priorCaseScope` is the caller's case-visibility condition (caseCondition): an
 * earlier case they may not see (another township's, an accusation against their unit) is not named.
 */
export const caseDetailSql = (priorCaseScope: string): string => `${CASE_SUMMARY_SQL},
         c.channel_subtype, c.main_request, c.facts_reasons, c.village_id, c.location_detail, c.involved_unit_id,
         iu.name AS involved_unit_name, c.joint_signers, c.visited_level, u.display_name AS registered_by_name,
         coalesce(c.received_on, (c.registered_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS received_on,
         (c.registered_at AT TIME ZONE 'Asia/Shanghai')::date - coalesce(c.received_on, (c.registered_at AT TIME ZONE 'Asia/Shanghai')::date) AS registration_delay_days,
         pc.id AS prior_case_id, pc.case_no AS prior_case_no, c.repeat_count
  ${CASE_FROM_SQL}
  LEFT JOIN org_unit iu ON iu.id = c.involved_unit_id
  LEFT JOIN (SELECT c.id, c.case_no FROM petition_case c WHERE ${priorCaseScope}) pc ON pc.id = c.prior_case_id
  JOIN app_user u ON u.id = c.registered_by`;

export const toCaseSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  caseNo: r.case_no,
  registeredAt: r.registered_at.toISOString(),
  channel: r.channel,
  source: r.source,
  matterType: r.matter_type,
  categoryCode: r.category_code,
  categoryLabel: r.category_label,
  title: r.title,
  townshipId: r.township_id,
  townshipName: r.township_name,
  villageName: r.village_name,
  status: r.status,
  peopleCount: r.people_count,
  flags: { group: r.is_group, skipLevel: r.is_skip_level, jointLetter: r.is_joint_letter, lawRelated: r.is_law_related, repeat: r.is_repeat },
  primaryPetitionerName: r.primary_petitioner_name,
});

export interface CasePetitionerRow {
  petitioner_id: string;
  name: string;
  role: CasePetitionerRole;
  id_number_masked: string | null;
}

export const toCaseDetail = (r: CaseDetailRow, petitioners: CasePetitionerRow[]): CaseDetail => ({
  ...toCaseSummary(r),
  channelSubtype: r.channel_subtype,
  mainRequest: r.main_request,
  factsAndReasons: r.facts_reasons,
  villageId: r.village_id,
  locationDetail: r.location_detail,
  involvedUnitId: r.involved_unit_id,
  involvedUnitName: r.involved_unit_name,
  jointSigners: r.joint_signers,
  visitedLevel: r.visited_level,
  registeredByName: r.registered_by_name,
  receivedOn: r.received_on,
  registrationDelayDays: r.registration_delay_days,
  petitioners: petitioners.map((p) => ({ petitionerId: p.petitioner_id, name: p.name, role: p.role, idNumberMasked: p.id_number_masked })),
  priorCaseId: r.prior_case_id,
  priorCaseNo: r.prior_case_no,
  repeatCount: r.repeat_count,
});
