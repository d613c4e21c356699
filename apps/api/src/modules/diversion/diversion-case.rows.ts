import type { DiversionCaseView, DiversionSuggestion, MatterType } from '@julu/contracts';
import type { RuleMatch } from '@julu/domain';

export interface FlaggedCaseRow {
  id: string;
  case_no: string;
  title: string;
  main_request: string;
  facts_reasons: string | null;
  matter_type: MatterType;
  category_code: string;
  category_label: string;
  township_name: string;
  status: string;
  version: number;
  registered_at: Date;
  is_law_related: boolean;
  reason: string | null;
  flagged_at: Date | null;
  flagged_by_name: string | null;
  registered_by_name: string;
}

/** A case with its 涉法涉诉 flag, of the cases the caller may see (`visibleCases`: petitions' visibleCasesSql); restrict with a condition over `c`. */
export const flaggedCaseSql = (visibleCases: string): string => `
  SELECT c.id, c.case_no, c.title, c.main_request, c.facts_reasons, c.matter_type, c.category_code, c.category_label, t.name AS township_name,
         c.status, c.version, c.registered_at, c.is_law_related, f.reason, f.flagged_at, fu.display_name AS flagged_by_name, ru.display_name AS registered_by_name
  FROM ${visibleCases} c
  JOIN org_unit t ON t.id = c.township_id
  JOIN app_user ru ON ru.id = c.registered_by
  LEFT JOIN case_law_flag f ON f.case_id = c.id
  LEFT JOIN app_user fu ON fu.id = f.flagged_by`;

/** The states from which a case can still be diverted (the intake decision is open). */
export const DIVERTIBLE_STATES = ['REGISTERED', 'FORWARDED', 'ASSIGNED'];

export const toSuggestion = (m: RuleMatch): DiversionSuggestion => ({
  ruleId: m.rule.id,
  ruleCode: m.rule.code,
  ruleVersion: m.rule.version,
  title: m.rule.title,
  route: m.rule.route,
  legalBasis: m.rule.legalBasis,
  competentOrgan: m.rule.competentOrgan,
  statutoryClock: m.rule.statutoryClock,
  matchedKeywords: m.matchedKeywords,
  score: m.score,
});

/** A flag set at intake has no flag row: the registrar flagged it when registering. */
export function toCaseView(r: FlaggedCaseRow, suggestions: RuleMatch[], rest: Pick<DiversionCaseView, 'diversion' | 'consultations'>): DiversionCaseView {
  const flaggedAtIntake = r.is_law_related && !r.flagged_at;
  return {
    caseId: r.id,
    caseNo: r.case_no,
    title: r.title,
    mainRequest: r.main_request,
    matterType: r.matter_type,
    categoryLabel: r.category_label,
    townshipName: r.township_name,
    state: r.status,
    version: r.version,
    registeredAt: r.registered_at.toISOString(),
    flag: {
      flagged: r.is_law_related,
      reason: flaggedAtIntake ? '登记时标记为涉法涉诉' : r.reason,
      flaggedByName: flaggedAtIntake ? r.registered_by_name : r.flagged_by_name,
      flaggedAt: (flaggedAtIntake ? r.registered_at : r.flagged_at)?.toISOString() ?? null,
    },
    suggestions: suggestions.map(toSuggestion),
    ...rest,
  };
}

export const caseText = (r: FlaggedCaseRow): string => [r.title, r.main_request, r.facts_reasons ?? ''].join('\n');
