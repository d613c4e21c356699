import type { DiversionRoute, MatterType, StatutoryLimit } from '@julu/contracts';

/**
 * One version of a diversion rule (分流规则): when a case matches (matter type, content category,
 * keywords in its title, request and facts), the rule suggests a legal channel with its legal
 * basis, the competent organ and the statutory clock the petitioner must respect (DOMAIN.md §1.5 D).
 * Empty matterTypes / categoryCodes mean "any"; at least one keyword must match.
 */
export interface DiversionRule {
  id: string;
  code: string;
  version: number;
  title: string;
  route: DiversionRoute;
  matterTypes: readonly MatterType[];
  categoryCodes: readonly string[];
  keywords: readonly string[];
  legalBasis: string;
  competentOrgan: string;
  statutoryClock: string;
  limit: StatutoryLimit | null;
  priority: number;
  active: boolean;
}

/** What the rules look at: the case as registered. */
export interface DiversionCaseFacts {
  matterType: MatterType;
  categoryCode: string;
  text: string;
}

export interface RuleMatch {
  rule: DiversionRule;
  matchedKeywords: string[];
  score: number;
}

/** A rule fires when its matter type and category fit and at least one keyword occurs in the text. */
export function matchRule(rule: DiversionRule, facts: DiversionCaseFacts): RuleMatch | null {
  if (!rule.active) return null;
  if (rule.matterTypes.length > 0 && !rule.matterTypes.includes(facts.matterType)) return null;
  if (rule.categoryCodes.length > 0 && !rule.categoryCodes.some((code) => facts.categoryCode === code || facts.categoryCode.startsWith(`${code}.`))) return null;
  const matchedKeywords = rule.keywords.filter((k) => k.length > 0 && facts.text.includes(k));
  if (matchedKeywords.length === 0) return null;
  // More matched words win; a category-specific rule beats a general one; priority breaks ties.
  const score = matchedKeywords.length * 10 + (rule.categoryCodes.length > 0 ? 5 : 0) + rule.priority;
  return { rule, matchedKeywords, score };
}

/** Suggestions, best first (the latest active version of each rule code only). */
export function suggestDiversions(rules: readonly DiversionRule[], facts: DiversionCaseFacts, max = 3): RuleMatch[] {
  return latestVersions(rules)
    .map((rule) => matchRule(rule, facts))
    .filter((m): m is RuleMatch => m !== null)
    .sort((a, b) => b.score - a.score || a.rule.code.localeCompare(b.rule.code))
    .slice(0, max);
}

/** The highest version of each rule code. */
export function latestVersions(rules: readonly DiversionRule[]): DiversionRule[] {
  const latest = new Map<string, DiversionRule>();
  for (const r of rules) {
    const seen = latest.get(r.code);
    if (!seen || r.version > seen.version) latest.set(r.code, r);
  }
  return [...latest.values()];
}

/** A revision of a rule: the same code, the next version; the old version stays as it was. */
export function reviseRule(rules: readonly DiversionRule[], code: string, changes: Omit<DiversionRule, 'id' | 'code' | 'version'>, id: string): DiversionRule {
  const current = rules.filter((r) => r.code === code).reduce((max, r) => Math.max(max, r.version), 0);
  return { ...changes, id, code, version: current + 1 };
}

/** What a decision records from the rule it used: a copy, so later revisions never change it. */
export interface DiversionDecisionSnapshot {
  ruleId: string | null;
  ruleCode: string | null;
  ruleVersion: number | null;
  route: DiversionRoute;
  legalBasis: string;
  competentOrgan: string;
  statutoryClock: string;
}

/**
 * The decision's record. Confirming a suggestion copies the rule; choosing another route keeps the
 * organ staff named and the generic basis of Art 31, with no rule.
 */
export function decisionSnapshot(route: DiversionRoute, competentOrgan: string, rule: DiversionRule | null): DiversionDecisionSnapshot {
  if (rule && rule.route === route) {
    return { ruleId: rule.id, ruleCode: rule.code, ruleVersion: rule.version, route, legalBasis: rule.legalBasis, competentOrgan, statutoryClock: rule.statutoryClock };
  }
  return { ruleId: null, ruleCode: null, ruleVersion: null, route, legalBasis: '《信访工作条例》第二十二条、第三十一条', competentOrgan, statutoryClock: '' };
}

/** The sentence of the 告知 letter about the clock (empty when the channel has no fixed limit). */
export function clockSentence(statutoryClock: string): string {
  return statutoryClock ? `请注意：${statutoryClock}。` : '';
}
