import type { IncidentReportKind } from '@julu/contracts';
import { invalidField } from '../../core/http/api-errors';

/** A clock a few minutes fast on a phone should not refuse a report just made. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A time typed within this before the filing is the filing itself (the form took a minute or two). */
const FILING_GRACE_MS = 2 * 60_000;

/**
 * The time a report counts at (DOMAIN.md §4.3): a report filed in the system carries the system's
 * time; a time typed earlier than the filing (a phone call made first, a written report sent outside
 * the system) is kept only with the reason for it, and is shown as such.
 */
export function filedReportTime(
  fields: { time: string; reason: string },
  label: string,
  typed: string | undefined,
  reason: string | undefined,
  now: Date,
  discoveredAt?: Date,
): { at: Date; reason: string | null } {
  if (!typed) return { at: now, reason: null };
  const at = new Date(typed);
  checkReportTime(fields.time, label, at, now, discoveredAt);
  if (at.getTime() >= now.getTime() - FILING_GRACE_MS) return { at: now, reason: null };
  const why = reason?.trim() ?? '';
  if (why.length < 4) throw invalidField(fields.reason, `${label}早于录入时间，属补录，请说明理由（至少 4 个字，例如“已先行电话报告，事后录入”）`);
  return { at, reason: why };
}

/** Refuses a time in the future or (for a report) before the discovery. */
export function checkReportTime(field: string, label: string, at: Date, now: Date, discoveredAt?: Date): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalidField(field, `${label}不能晚于当前时间`);
  if (discoveredAt && at.getTime() < discoveredAt.getTime()) throw invalidField(field, `${label}不能早于获知时间`);
}

export interface ExistingReport {
  kind: IncidentReportKind;
  seq: number | null;
  reported_at: Date;
}

/**
 * The order of the chain: one phone report and one 书面初报, then numbered 续报, and one 终报 that
 * closes it. Returns the problem (and whether it is a conflict with what exists) or null.
 */
export function chainProblem(kind: IncidentReportKind, reportedAt: Date, existing: readonly ExistingReport[]): { message: string; conflict: boolean } | null {
  if (existing.some((r) => r.kind === 'FINAL')) return { message: '该事件已终报，不能再追加报告', conflict: true };
  if (kind === 'PHONE' && existing.some((r) => r.kind === 'PHONE')) return { message: '电话报告已登记', conflict: true };
  if (kind === 'INITIAL' && existing.some((r) => r.kind === 'INITIAL')) return { message: '书面初报已登记，后续情况请报续报', conflict: true };
  if (kind === 'FOLLOW_UP' || kind === 'FINAL') {
    const initial = existing.find((r) => r.kind === 'INITIAL');
    if (!initial) return { message: '请先报送书面初报，再报续报或终报', conflict: false };
    const latest = Math.max(...existing.filter((r) => r.kind !== 'PHONE').map((r) => r.reported_at.getTime()));
    if (reportedAt.getTime() < latest) return { message: '续报、终报的时间不能早于此前的书面报告', conflict: false };
  }
  return null;
}

/** The next 续报 number. */
export const nextFollowUpSeq = (existing: readonly ExistingReport[]): number => Math.max(0, ...existing.map((r) => (r.kind === 'FOLLOW_UP' ? (r.seq ?? 0) : 0))) + 1;
