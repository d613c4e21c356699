import { AUDIT_ACTION_FAMILY_LABELS } from '@julu/contracts';
import { actionLabel, entityTypeLabel, showValue } from './audit-filters';

/** A piece of a reason as shown: labels and codes turned into words, or a value someone typed (data). */
export interface ReasonPart {
  text: string;
  /** What a user typed (a login name, a keyword, an object number): shown as it is, marked translate="no". */
  data: boolean;
}

/** What the exports record their filters as, after 筛选条件： (the API writes the query as JSON). */
const FILTER_LABELS: Readonly<Record<string, string>> = {
  actor: '操作人',
  action: '操作',
  entityType: '对象类型',
  entityId: '对象编号',
  from: '自',
  to: '至',
  keyword: '关键词',
  channel: '信访形式',
  matterType: '事项类型',
  categoryCode: '内容分类',
  townshipId: '问题属地',
  villageId: '村（社区）',
  status: '状态',
  group: '集体访',
  skipLevel: '越级',
  lawRelated: '涉法涉诉',
  repeat: '重复信访',
  petitionerId: '信访人',
};
/** Filter values that are what a user typed, not codes. */
const TYPED = new Set(['actor', 'entityId', 'keyword', 'categoryCode']);
const FILTERS = '筛选条件：';

function filterValue(key: string, value: unknown): ReasonPart {
  if (key === 'action' && typeof value === 'string') {
    return { text: value.endsWith('.') ? `${AUDIT_ACTION_FAMILY_LABELS[value.slice(0, -1)] ?? '其他'}（全部）` : actionLabel(value), data: false };
  }
  if (key === 'entityType' && typeof value === 'string') return { text: entityTypeLabel(value), data: false };
  if (TYPED.has(key) && typeof value === 'string') return { text: value, data: true };
  return { text: showValue(value), data: false };
}

/**
 * A log entry's reason for people. The exports record their filters as JSON (筛选条件：{"actor":
 * "admin"}); those are shown by their labels, each value by its label or, when a user typed it, as
 * data. Any other reason is shown as it was written.
 */
export function describeReason(reason: string | null): ReasonPart[] {
  if (!reason) return [];
  const at = reason.indexOf(FILTERS);
  if (at < 0) return [{ text: reason, data: false }];
  let filters: unknown;
  try {
    filters = JSON.parse(reason.slice(at + FILTERS.length));
  } catch {
    return [{ text: reason, data: false }];
  }
  if (filters === null || typeof filters !== 'object' || Array.isArray(filters)) return [{ text: reason, data: false }];
  const shown = Object.entries(filters).filter(([key]) => key in FILTER_LABELS);
  const parts: ReasonPart[] = [{ text: reason.slice(0, at + FILTERS.length), data: false }];
  if (shown.length === 0) parts.push({ text: '无', data: false });
  shown.forEach(([key, value], i) => {
    parts.push({ text: `${i > 0 ? '；' : ''}${FILTER_LABELS[key]} `, data: false }, filterValue(key, value));
  });
  return parts;
}
