import {
  AUDIT_ACTION_FAMILY_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_TYPE_LABELS,
  AUDIT_FIELD_LABELS,
  type AuditLogEntry,
  type AuditLogQuery,
  REVEALABLE_FIELD_LABELS,
} from '@julu/contracts';
import { ENUM_VALUE_LABELS, isEnumCode } from '../../core/enum-labels';

export interface AuditFilterForm {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** Local calendar days, both inclusive. */
  range: Date[] | null;
}

/** Options of the action filter: each family (`user.`) followed by its actions. */
export function actionOptions(): { value: string; label: string }[] {
  const families = new Map<string, string[]>();
  for (const action of Object.keys(AUDIT_ACTION_LABELS)) {
    const family = `${action.split('.')[0]}.`;
    families.set(family, [...(families.get(family) ?? []), action]);
  }
  return [...families.entries()].flatMap(([family, actions]) => [
    { value: family, label: `${AUDIT_ACTION_FAMILY_LABELS[family.slice(0, -1)] ?? '其他'}（全部）` },
    ...actions.map((a) => ({ value: a, label: `— ${AUDIT_ACTION_LABELS[a]}` })),
  ]);
}

const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/** Form → API query: empty fields dropped, the day range turned into [from, to) instants. */
export function toAuditQuery(form: AuditFilterForm): AuditLogQuery {
  const query: AuditLogQuery = {};
  if (form.actor.trim()) query.actor = form.actor.trim();
  if (form.action) query.action = form.action;
  if (form.entityType?.trim()) query.entityType = form.entityType.trim();
  if (form.entityId.trim()) query.entityId = form.entityId.trim();
  const [from, to] = form.range ?? [];
  if (from) query.from = startOfDay(from).toISOString();
  if (to) {
    const end = startOfDay(to);
    end.setDate(end.getDate() + 1);
    query.to = end.toISOString();
  }
  return query;
}

/** Options of the 对象类型 filter: every audited object type by its label. */
export function entityTypeOptions(): { value: string; label: string }[] {
  return Object.entries(AUDIT_ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label }));
}

/** The label of an action; an action without one reads as its family's 「操作」, never as its code. */
export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? `${AUDIT_ACTION_FAMILY_LABELS[action.split('.')[0]] ?? '其他'}操作`;
}

export function entityTypeLabel(entityType: string): string {
  return AUDIT_ENTITY_TYPE_LABELS[entityType] ?? '其他对象';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One recorded value for people: enum codes by their label, yes/no, local time; internal ids are not shown. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (UUID.test(v)) return '（已关联）';
    // A reveal records which field was shown (idNumber, mobile …): by its label.
    if (Object.hasOwn(REVEALABLE_FIELD_LABELS, v)) return REVEALABLE_FIELD_LABELS[v as keyof typeof REVEALABLE_FIELD_LABELS];
    if (isEnumCode(v)) return ENUM_VALUE_LABELS[v] ?? '（其他）';
    if (INSTANT.test(v)) {
      const d = new Date(v);
      const pad = (n: number): string => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }
    return v;
  }
  if (Array.isArray(v)) return v.map(showValue).join('、');
  return '（详见导出）';
}

/** The before → after of each changed field, for one line of the table (field labels, no codes). */
export function describeChanges(entry: AuditLogEntry): string {
  if (!entry.changes) return '';
  return Object.entries(entry.changes)
    .map(([field, c]) => {
      const label = AUDIT_FIELD_LABELS[field] ?? '其他';
      return 'before' in c ? `${label}: ${showValue(c.before)} → ${showValue(c.after)}` : `${label}: ${showValue(c.after)}`;
    })
    .join('；');
}
