import type { IncidentLevel, IncidentSource, ReportLimitStatus, ReportVerdict } from '@julu/contracts';

/** Minutes after discovery (获知) by which the phone and the written report must reach the upper level. */
export interface ReportLimits {
  phoneMinutes: number;
  writtenMinutes: number;
}

/** DOMAIN.md §4.2: phone ≤ 30 min, written ≤ 60 min after discovery, for every level unless configured. */
export const DEFAULT_REPORT_LIMITS: Readonly<ReportLimits> = { phoneMinutes: 30, writtenMinutes: 60 };

export const DEFAULT_REPORT_LIMITS_BY_LEVEL: Readonly<Record<IncidentLevel, ReportLimits>> = {
  PARTICULARLY_MAJOR: DEFAULT_REPORT_LIMITS,
  MAJOR: DEFAULT_REPORT_LIMITS,
  LARGE: DEFAULT_REPORT_LIMITS,
  GENERAL: DEFAULT_REPORT_LIMITS,
};

export interface LimitState {
  limitMinutes: number;
  dueAt: Date;
  reportedAt: Date | null;
  status: ReportLimitStatus;
  minutesLate: number | null;
}

const MINUTE = 60_000;

/** Whether a report made (or not yet made) by `now` met a limit of `minutes` after discovery. */
export function limitState(discoveredAt: Date, reportedAt: Date | null, minutes: number, now: Date): LimitState {
  const dueAt = new Date(discoveredAt.getTime() + minutes * MINUTE);
  const lateBy = (at: Date): number => Math.ceil((at.getTime() - dueAt.getTime()) / MINUTE);
  if (reportedAt) {
    // A report at the very minute the limit ends is on time.
    const late = reportedAt.getTime() > dueAt.getTime();
    return { limitMinutes: minutes, dueAt, reportedAt, status: late ? 'LATE' : 'MET', minutesLate: late ? lateBy(reportedAt) : null };
  }
  const overdue = now.getTime() > dueAt.getTime();
  return { limitMinutes: minutes, dueAt, reportedAt: null, status: overdue ? 'OVERDUE' : 'OPEN', minutesLate: overdue ? lateBy(now) : null };
}

export interface IncidentReporting {
  discoveredAt: Date;
  source: IncidentSource;
  phoneReportedAt: Date | null;
  writtenReportedAt: Date | null;
}

export interface ReportTimeliness {
  phone: LimitState;
  written: LimitState;
  verdict: ReportVerdict;
  /** DOMAIN.md §4.3: reported only when both the phone and the written limit were met. */
  countsAsReported: boolean;
}

const failed = (s: LimitState): boolean => s.status === 'LATE' || s.status === 'OVERDUE';

function verdictOf(phone: LimitState, written: LimitState, source: IncidentSource): ReportVerdict {
  // Heard of first from an upper level's 通报: the bureau did not report it, whatever it sends later.
  if (source === 'UPPER_NOTICE') return 'NOT_REPORTED';
  if (phone.status === 'OVERDUE' && written.status === 'OVERDUE') return 'NOT_REPORTED';
  if (failed(phone) && failed(written)) return 'BOTH_LATE';
  if (failed(phone)) return 'PHONE_LATE';
  if (failed(written)) return 'WRITTEN_LATE';
  if (phone.status === 'MET' && written.status === 'MET') return 'ON_TIME';
  return 'PENDING';
}

/**
 * The reporting verdict of one incident at `now`. An incident the bureau first heard of from an
 * upper level's 通报 never counts as reported (DOMAIN.md §4.3), whatever it reported afterwards.
 */
export function reportTimeliness(incident: IncidentReporting, limits: ReportLimits, now: Date): ReportTimeliness {
  const phone = limitState(incident.discoveredAt, incident.phoneReportedAt, limits.phoneMinutes, now);
  const written = limitState(incident.discoveredAt, incident.writtenReportedAt, limits.writtenMinutes, now);
  const verdict = verdictOf(phone, written, incident.source);
  return { phone, written, verdict, countsAsReported: verdict === 'ON_TIME' };
}

export interface ReportRate {
  reported: number;
  total: number;
  /** reported ÷ total, 0–1; null when there was no incident. */
  rate: number | null;
}

/** 突发信访问题上报率 = incidents reported within both limits ÷ incidents that occurred. */
export function reportRate(verdicts: readonly Pick<ReportTimeliness, 'countsAsReported'>[]): ReportRate {
  const reported = verdicts.filter((v) => v.countsAsReported).length;
  return { reported, total: verdicts.length, rate: verdicts.length === 0 ? null : reported / verdicts.length };
}

/** Checks configured limits: whole minutes, the phone report no later than the written one. */
export function reportLimitsProblem(limits: ReportLimits): string | null {
  if (!Number.isInteger(limits.phoneMinutes) || !Number.isInteger(limits.writtenMinutes)) return '报告时限应为整数分钟';
  if (limits.phoneMinutes < 1 || limits.writtenMinutes < 1) return '报告时限至少为 1 分钟';
  if (limits.phoneMinutes > 24 * 60 || limits.writtenMinutes > 24 * 60) return '报告时限不能超过 24 小时';
  if (limits.phoneMinutes > limits.writtenMinutes) return '电话报告时限不能长于书面报告时限';
  return null;
}
