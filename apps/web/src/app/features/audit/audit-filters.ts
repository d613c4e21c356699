import { AUDIT_ACTION_LABELS, type AuditLogEntry, type AuditLogQuery } from '@julu/contracts';

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
  const familyLabels: Record<string, string> = {
    'auth.': '登录与会话（全部）',
    'user.': '账号（全部）',
    'org_unit.': '组织机构（全部）',
    'audit_log.': '审计日志（全部）',
    'petitioner.': '信访人（全部）',
    'case.': '信访事项（全部）',
    'visit.': '来访接待（全部）',
    'attachment.': '附件（全部）',
    'ledger.': '台账导出（全部）',
    'export.': '后台导出（全部）',
    'category.': '内容分类（全部）',
  };
  return [...families.entries()].flatMap(([family, actions]) => [
    { value: family, label: familyLabels[family] ?? family },
    ...actions.map((a) => ({ value: a, label: `— ${AUDIT_ACTION_LABELS[a]}` })),
  ]);
}

const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/** Form → API query: empty fields dropped, the day range turned into [from, to) instants. */
export function toAuditQuery(form: AuditFilterForm): AuditLogQuery {
  const query: AuditLogQuery = {};
  if (form.actor.trim()) query.actor = form.actor.trim();
  if (form.action) query.action = form.action;
  if (form.entityType.trim()) query.entityType = form.entityType.trim();
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

/** The before → after of each changed field, for one line of the table. */
export function describeChanges(entry: AuditLogEntry): string {
  if (!entry.changes) return '';
  const show = (v: unknown): string => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return Object.entries(entry.changes)
    .map(([field, c]) => ('before' in c ? `${field}: ${show(c.before)} → ${show(c.after)}` : `${field}: ${show(c.after)}`))
    .join('；');
}
