import type { CaseSummary } from '@julu/contracts';

/**
 * 不再受理 needs the earlier case of the same matter. The likeliest are the same petitioners' other
 * cases (loaded with the form); a typed case number is matched among them, and words also in the
 * case list's keyword search (which looks at title, request and facts, not at case numbers).
 */
export function isCaseNumberTerm(term: string): boolean {
  return /^\d+$/.test(term.trim());
}

/** The related cases whose number or title contains the term (all of them for an empty term). */
export function matchRelatedCases(related: readonly CaseSummary[], term: string): CaseSummary[] {
  const t = term.trim();
  return related.filter((c) => !t || c.caseNo.includes(t) || c.title.includes(t));
}

/** Cases from several lists, each once, in order, without the case being decided. */
export function mergeCases(lists: readonly (readonly CaseSummary[])[], excludeId: string): CaseSummary[] {
  const seen = new Set<string>([excludeId]);
  const merged: CaseSummary[] = [];
  for (const c of lists.flat()) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    merged.push(c);
  }
  return merged;
}
