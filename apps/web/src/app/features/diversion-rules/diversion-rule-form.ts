import type { DiversionRoute, DiversionRuleRequest, DiversionRuleView, MatterType, StatutoryLimit } from '@julu/contracts';

/** The edit form of one rule: keywords as free text (split on 、，, ; and white space), the limit as two fields. */
export interface RuleDraft {
  title: string;
  route: DiversionRoute;
  matterTypes: MatterType[];
  categoryCodes: string[];
  keywordsText: string;
  legalBasis: string;
  competentOrgan: string;
  statutoryClock: string;
  limitAmount: number | null;
  limitUnit: StatutoryLimit['unit'];
  priority: number;
  active: boolean;
}

const LIMIT_UNITS: Readonly<Record<StatutoryLimit['unit'], string>> = { DAYS: '日', MONTHS: '个月', YEARS: '年' };
export const LIMIT_UNIT_OPTIONS = Object.entries(LIMIT_UNITS).map(([value, label]) => ({ value: value as StatutoryLimit['unit'], label }));

/** 60 日, 6 个月, 1 年; empty without a statutory limit. */
export const limitText = (limit: StatutoryLimit | null): string => (limit ? `${limit.amount} ${LIMIT_UNITS[limit.unit]}` : '');

/** Keywords typed as one line: split, trimmed, de-duplicated in order. */
export const parseKeywords = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,，、;；]+/)
      .map((k) => k.trim())
      .filter((k) => k.length > 0),
  ),
];

export const toDraft = (r: DiversionRuleView): RuleDraft => ({
  title: r.title,
  route: r.route,
  matterTypes: [...r.matterTypes],
  categoryCodes: [...r.categoryCodes],
  keywordsText: r.keywords.join('、'),
  legalBasis: r.legalBasis,
  competentOrgan: r.competentOrgan,
  statutoryClock: r.statutoryClock,
  limitAmount: r.limit?.amount ?? null,
  limitUnit: r.limit?.unit ?? 'DAYS',
  priority: r.priority,
  active: r.active,
});

export const toRequest = (d: RuleDraft): DiversionRuleRequest => ({
  title: d.title.trim(),
  route: d.route,
  matterTypes: d.matterTypes,
  categoryCodes: d.categoryCodes,
  keywords: parseKeywords(d.keywordsText),
  legalBasis: d.legalBasis.trim(),
  competentOrgan: d.competentOrgan.trim(),
  statutoryClock: d.statutoryClock.trim(),
  limit: d.limitAmount ? { amount: Number(d.limitAmount), unit: d.limitUnit } : null,
  priority: Number(d.priority),
  active: d.active,
});
