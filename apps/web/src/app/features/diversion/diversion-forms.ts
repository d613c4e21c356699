import type { DiversionCaseView, DiversionRoute, DiversionSuggestion } from '@julu/contracts';
import { DIVERSION_ROUTE_LABELS } from '@julu/contracts';

/** The decision form, prefilled from a suggestion (or empty for another route). */
export interface DecisionForm {
  caseId: string;
  caseNo: string;
  expectedVersion: number;
  route: DiversionRoute | null;
  ruleId: string | undefined;
  competentOrgan: string;
  note: string;
  legalBasis: string;
  statutoryClock: string;
}

export function decisionForm(c: DiversionCaseView, s: DiversionSuggestion | null): DecisionForm {
  return {
    caseId: c.caseId,
    caseNo: c.caseNo,
    expectedVersion: c.version,
    route: s?.route ?? null,
    ruleId: s?.ruleId,
    competentOrgan: s?.competentOrgan ?? '',
    note: s ? `经审查，该事项属于${s.title.split('→')[0].trim()}，依法应当通过${DIVERSION_ROUTE_LABELS[s.route]}途径解决。` : '',
    legalBasis: s?.legalBasis ?? '《信访工作条例》第二十二条、第三十一条',
    statutoryClock: s?.statutoryClock ?? '',
  };
}

/** Choosing another route drops the rule (the decision then records none). */
export function routeChanged(f: DecisionForm, route: DiversionRoute, suggestions: readonly DiversionSuggestion[]): DecisionForm {
  const rule = suggestions.find((s) => s.route === route && s.ruleId === f.ruleId) ?? null;
  return rule ? { ...f, route } : { ...f, route, ruleId: undefined, legalBasis: '《信访工作条例》第二十二条、第三十一条', statutoryClock: '' };
}
