import type { DiversionRoute, DiversionRuleRequest, DiversionRuleView, MatterType, StatutoryLimit } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

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

/** The API's names of the fields the form shows under another name. */
export const RULE_API_FIELDS: Readonly<Record<string, string>> = { keywords: 'keywordsText', 'limit.amount': 'limitAmount', 'limit.unit': 'limitUnit', limit: 'limitAmount' };

function lengthProblem(value: string, name: string, min: number, max: number, ask: string): string | null {
  const length = value.trim().length;
  if (length < min) return length === 0 || min === 2 ? ask : `${name}至少 ${min} 个字`;
  return length > max ? `${name}不能超过 ${max} 个字（现有 ${length} 个字），请精简` : null;
}

/**
 * What keeps a rule revision from being saved (the API's DiversionRuleDto): a title (2–100), 1–100
 * keywords of at most 30 characters, the legal basis (2–1000), the competent organ (2–200), a
 * clock text of at most 1000, a whole-number limit of 1–3650 and a priority of 0–100.
 */
export function ruleErrors(d: RuleDraft): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, problem: string | null): void => {
    if (problem) errors.push({ field, message: problem });
  };
  add('title', lengthProblem(d.title, '规则名称', 2, 100, '请填写规则名称（至少 2 个字）'));
  if (!d.route) add('route', '请选择分流去向');
  const keywords = parseKeywords(d.keywordsText);
  const long = keywords.find((k) => k.length > 30);
  if (keywords.length === 0) add('keywordsText', '请至少填写一个关键词，多个关键词用顿号或空格分开');
  else if (keywords.length > 100) add('keywordsText', `关键词不超过 100 个（现有 ${keywords.length} 个）`);
  else if (long) add('keywordsText', `关键词“${long.slice(0, 10)}…”超过 30 个字，请拆成几个短词`);
  add('legalBasis', lengthProblem(d.legalBasis, '法律依据', 2, 1000, '请填写法律依据（法律法规名称和条款）'));
  add('competentOrgan', lengthProblem(d.competentOrgan, '有权处理的机关', 2, 200, '请填写有权处理的机关'));
  add('statutoryClock', lengthProblem(d.statutoryClock, '法定时限说明', 0, 1000, ''));
  if (d.limitAmount !== null && !(Number.isInteger(d.limitAmount) && d.limitAmount >= 1 && d.limitAmount <= 3650))
    add('limitAmount', '法定期限应为 1–3650 的整数；没有期限时请清空');
  if (!(Number.isInteger(d.priority) && d.priority >= 0 && d.priority <= 100)) add('priority', '优先级应为 0–100 的整数');
  return errors;
}
