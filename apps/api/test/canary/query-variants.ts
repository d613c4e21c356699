import type { QueryParam } from './route-catalog';

/** Values the sweep puts into filters: the canaries' units, records, tokens and identities. */
export interface FilterValues {
  units: string[];
  villages: string[];
  caseIds: string[];
  petitionerIds: string[];
  tokens: string[];
  idNumbers: string[];
  mobiles: string[];
  periods: string[];
  year: string;
  month: string;
}

const SCOPE = new Set(['period', 'unitId', 'townshipId']);

function valuesFor(p: QueryParam, v: FilterValues): string[] {
  const n = p.name;
  if (n === 'limit' || n === 'cursor' || n === 'offset') return [];
  if (p.values) return p.values.includes('ACCUSATION') ? ['ACCUSATION'] : [];
  if (/village/i.test(n)) return v.villages;
  if (/township|unit|org/i.test(n) && p.uuid) return v.units;
  if (/case/i.test(n) && p.uuid) return v.caseIds;
  if (/petitioner/i.test(n) && p.uuid) return v.petitionerIds;
  if (p.uuid) return [];
  if (/id_?number|idNo/i.test(n)) return v.idNumbers;
  if (/mobile|phone/i.test(n)) return v.mobiles;
  if (/^(keyword|q|search|name|text|title|query)$/i.test(n)) return v.tokens;
  if (n === 'period') return v.periods;
  if (n === 'year') return [v.year];
  if (n === 'month') return [v.month];
  return [];
}

function requiredValue(p: QueryParam, v: FilterValues): string {
  return valuesFor(p, v)[0] ?? p.values?.[0] ?? (p.uuid ? (v.units[0] ?? '') : /date|from|on$/i.test(p.name) ? `${v.month}-01` : v.year);
}

/**
 * The query strings to call a route with: without filters, then each filter alone with each value
 * that names a canary (a foreign township, a canary case, a token); a drill-down scoped by period
 * and unit (the records behind an indicator) instead gets every period × township pair. Required
 * parameters are always set.
 */
export function queryVariants(params: readonly QueryParam[], v: FilterValues, drillDown: boolean): Record<string, string>[] {
  const base: Record<string, string> = {};
  for (const p of params) if (!p.optional) base[p.name] = requiredValue(p, v);
  const limit = params.find((p) => p.name === 'limit');
  if (limit?.max) base['limit'] = String(limit.max);
  const optional = params.filter((p) => p.optional);
  const scope = optional.filter((p) => SCOPE.has(p.name));
  if (scope.length === 2 && drillDown) {
    // Period × township (with neither): the figures and drill-downs of every scope a screen offers.
    const [first, second] = scope as [QueryParam, QueryParam];
    const [as, bs] = [
      ['', ...valuesFor(first, v)],
      ['', ...valuesFor(second, v).slice(0, 2)],
    ];
    return as.flatMap((a) => bs.map((b) => ({ ...base, ...(a ? { [first.name]: a } : {}), ...(b ? { [second.name]: b } : {}) })));
  }
  const out: Record<string, string>[] = [base];
  for (const p of optional) for (const value of valuesFor(p, v)) out.push({ ...base, [p.name]: value });
  return out;
}

export const withQuery = (path: string, q: Record<string, string>): string => {
  const s = new URLSearchParams(q).toString();
  return s ? `${path}?${s}` : path;
};
