import { type EvaluationView, type NoticeView, SATISFACTION_RESULT_LABELS, type SupervisionLevel, type WorkItem } from '@julu/contracts';
import { WORKFLOW_LABELS } from './workflow.labels';

/** A tag colour of ng-zorro's palette. */
export type Tone = 'green' | 'orange' | 'red' | 'default';

/** Days left of a legal clock: green with more than 5 days, orange at 5 or fewer, red once overdue; neutral once stopped in time. */
export function deadlineTone(daysLeft: number | null, overdue = false): Tone {
  if (overdue || (daysLeft !== null && daysLeft < 0)) return 'red';
  if (daysLeft === null) return 'default';
  return daysLeft > 5 ? 'green' : 'orange';
}

/** 剩 3 天 / 今日到期 / 超期 2 天; a dash for a clock that stopped in time. */
export function daysLeftText(daysLeft: number | null, overdue = false): string {
  const w = WORKFLOW_LABELS.workflow;
  if (daysLeft === null) return overdue ? w.overdueStopped : '—';
  if (daysLeft < 0) return w.overdueBy.replace('{n}', String(-daysLeft));
  if (daysLeft === 0) return w.dueToday;
  return w.remaining.replace('{n}', String(daysLeft));
}

const SUPERVISION_TONES: Readonly<Record<SupervisionLevel, string>> = { NORMAL: 'blue', YELLOW: 'gold', RED: 'red' };

/** 普通督办 blue, 黄牌督办 gold, 红牌督办 red. */
export function supervisionTone(level: SupervisionLevel): string {
  return SUPERVISION_TONES[level];
}

/** 未到评价期 / 可评价 / 已评价（满意） / 未参评. */
export function evaluationStatusText(evaluation: Pick<EvaluationView, 'status' | 'result'>): string {
  const text = WORKFLOW_LABELS.workflow.evaluationState[evaluation.status];
  return evaluation.status === 'EVALUATED' && evaluation.result ? `${text}（${SATISFACTION_RESULT_LABELS[evaluation.result]}）` : text;
}

/** A calendar day (YYYY-MM-DD, or the date part of an ISO time) as 2026年5月12日, without time-zone shifts. */
export function chineseDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : isoDay;
}

/** The addressee line of a notice, ending with the full-width colon once. */
export function recipientLine(recipient: string): string {
  return /[：:]$/.test(recipient) ? recipient : `${recipient}：`;
}

/** A notice as laid out: the addressee line, then the body (a first paragraph that only repeats the salutation is not shown twice). */
export function noticeBody(notice: Pick<NoticeView, 'recipient' | 'paragraphs'>): { salutation: string; paragraphs: string[] } {
  const salutation = recipientLine(notice.recipient.trim());
  const [first, ...rest] = notice.paragraphs;
  const repeats = first !== undefined && recipientLine(first.trim()) === salutation;
  return { salutation, paragraphs: repeats ? rest : [...notice.paragraphs] };
}

export type WorkReason = WorkItem['reason'];
export const WORK_REASONS: readonly WorkReason[] = ['AWAITING_ACCEPTANCE', 'DUE_SOON', 'OVERDUE', 'AWAITING_APPROVAL', 'IN_HANDLING'];

/** How many inbox items each reason has (every reason present, zero included). */
export function countByReason(items: readonly WorkItem[]): Record<WorkReason, number> {
  const counts = Object.fromEntries(WORK_REASONS.map((r) => [r, 0])) as Record<WorkReason, number>;
  for (const item of items) counts[item.reason] += 1;
  return counts;
}

/** The inbox under a reason filter ('' = all), most urgent first: fewest days left, then no deadline, then case number. */
export function workItemsFor(items: readonly WorkItem[], reason: WorkReason | ''): WorkItem[] {
  const urgency = (item: WorkItem): number => item.daysLeft ?? Number.POSITIVE_INFINITY;
  return items.filter((item) => reason === '' || item.reason === reason).sort((a, b) => urgency(a) - urgency(b) || a.caseNo.localeCompare(b.caseNo));
}
