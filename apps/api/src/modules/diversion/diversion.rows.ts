import type { ChannelEntryOutcome, ConsultationKind, ConsultationView, DiversionRoute, DiversionRuleView, DiversionView, MatterType } from '@julu/contracts';
import type { DiversionRule } from '@julu/domain';

export interface RuleRow {
  id: string;
  code: string;
  version: number;
  title: string;
  route: DiversionRoute;
  matter_types: MatterType[];
  category_codes: string[];
  keywords: string[];
  legal_basis: string;
  competent_organ: string;
  statutory_clock: string;
  limit_amount: number | null;
  limit_unit: 'DAYS' | 'MONTHS' | 'YEARS' | null;
  priority: number;
  active: boolean;
  created_at: Date;
}

export const toRule = (r: RuleRow): DiversionRule => ({
  id: r.id,
  code: r.code,
  version: r.version,
  title: r.title,
  route: r.route,
  matterTypes: r.matter_types,
  categoryCodes: r.category_codes,
  keywords: r.keywords,
  legalBasis: r.legal_basis,
  competentOrgan: r.competent_organ,
  statutoryClock: r.statutory_clock,
  limit: r.limit_amount !== null && r.limit_unit ? { amount: r.limit_amount, unit: r.limit_unit } : null,
  priority: r.priority,
  active: r.active,
});

export const toRuleView = (r: RuleRow): DiversionRuleView => ({
  ...toRule(r),
  categoryCodes: [...r.category_codes],
  keywords: [...r.keywords],
  matterTypes: [...r.matter_types],
  createdAt: r.created_at.toISOString(),
});

export interface DiversionRow {
  id: string;
  case_id: string;
  case_no: string;
  case_title: string;
  township_name: string;
  route: DiversionRoute;
  competent_organ: string;
  legal_basis: string;
  statutory_clock: string;
  rule_code: string | null;
  rule_version: number | null;
  rule_title: string | null;
  notice_id: string;
  notice_no: string;
  delivered_at: Date | null;
  decided_by_name: string;
  decided_at: Date;
  outcome: ChannelEntryOutcome | null;
  checked_on: string | null;
  evidence: string | null;
  follow_up_by: string | null;
}

/** A decision with its notice and latest follow-up; restrict with a condition over `c` (the case). */
export const DIVERSION_SQL = `
  SELECT d.id, d.case_id, c.case_no, c.title AS case_title, t.name AS township_name, d.route, d.competent_organ, d.legal_basis, d.statutory_clock,
         r.code AS rule_code, r.version AS rule_version, r.title AS rule_title, d.notice_id, n.notice_no, n.delivered_at, u.display_name AS decided_by_name, d.decided_at,
         f.outcome, to_char(f.checked_on, 'YYYY-MM-DD') AS checked_on, f.evidence, fu.display_name AS follow_up_by
  FROM case_diversion d
  JOIN petition_case c ON c.id = d.case_id
  JOIN org_unit t ON t.id = d.township_id
  JOIN case_notice n ON n.id = d.notice_id
  JOIN app_user u ON u.id = d.decided_by
  LEFT JOIN diversion_rule r ON r.id = d.rule_id
  LEFT JOIN LATERAL (SELECT * FROM diversion_follow_up x WHERE x.diversion_id = d.id ORDER BY x.recorded_at DESC LIMIT 1) f ON TRUE
  LEFT JOIN app_user fu ON fu.id = f.recorded_by`;

export const toDiversionView = (r: DiversionRow): DiversionView => ({
  id: r.id,
  caseId: r.case_id,
  caseNo: r.case_no,
  caseTitle: r.case_title,
  townshipName: r.township_name,
  route: r.route,
  competentOrgan: r.competent_organ,
  legalBasis: r.legal_basis,
  statutoryClock: r.statutory_clock,
  ruleCode: r.rule_code,
  ruleVersion: r.rule_version,
  ruleTitle: r.rule_title,
  noticeId: r.notice_id,
  noticeNo: r.notice_no,
  noticeDeliveredAt: r.delivered_at?.toISOString() ?? null,
  counted: r.delivered_at !== null,
  decidedByName: r.decided_by_name,
  decidedAt: r.decided_at.toISOString(),
  followUp: r.outcome && r.checked_on ? { outcome: r.outcome, checkedOn: r.checked_on, evidence: r.evidence ?? '', recordedByName: r.follow_up_by ?? '' } : null,
});

export interface ConsultationRow {
  id: string;
  case_id: string;
  kind: ConsultationKind;
  advisor: string;
  lawyer_on_duty: string | null;
  content: string;
  held_on: string;
  recorded_by_name: string;
  created_at: Date;
}

export const toConsultationView = (r: ConsultationRow): ConsultationView => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  advisor: r.advisor,
  lawyerOnDuty: r.lawyer_on_duty ?? undefined,
  content: r.content,
  heldOn: r.held_on,
  recordedByName: r.recorded_by_name,
  createdAt: r.created_at.toISOString(),
});
