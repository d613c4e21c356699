import type { CaseState, ClockCode, ClockParty, EvaluationStage, EvaluationView, NoticeView, SatisfactionResult } from './workflow';

/** The in-app inbox, the public lookup and the holiday calendar years (workflow.ts holds the case workflow itself). */

export interface NotificationView {
  id: string;
  kind: 'REMINDER_T5' | 'REMINDER_T1' | 'BREACH' | 'ASSIGNMENT' | 'SUPERVISION' | 'DUTY_MISSED' | 'DUTY_REPORT' | 'INCIDENT' | 'HOTSPOT' | 'HOTSPOT_WEEKLY' | 'ESCORT_INVOLUNTARY';
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** The public lookup (no login): query code + last four characters of the ID number or phone. */
export interface PublicLookupRequest {
  queryCode: string;
  last4: string;
}

export interface PublicCaseView {
  caseNo: string;
  title: string;
  registeredOn: string;
  state: CaseState;
  stateLabel: string;
  timeline: { on: string; label: string }[];
  notices: NoticeView[];
  evaluations: EvaluationView[];
  /** The nearest running statutory deadline the petitioner is told of (PUBLIC_DEADLINE_LABELS), or null. */
  nextDeadline: PublicDeadline | null;
}

/** A deadline as the petitioner may see it: what is due, by when, and whose it is; no unit or internal step. */
export interface PublicDeadline {
  label: string;
  dueOn: string;
  party: ClockParty;
}

/**
 * The statutory deadlines shown on the public lookup, worded for the petitioner. D4 (an organ's
 * objection to a transfer) and D10 (an assigned unit's report to the bureau) are between organs.
 */
export const PUBLIC_DEADLINE_LABELS: Readonly<Partial<Record<ClockCode, string>>> = {
  D1: '信访部门转送、交办或告知是否受理的期限',
  D2: '书面告知是否受理的期限',
  D3: '有权处理机关书面告知是否受理的期限',
  D5: '办结并书面答复的期限',
  D6: '您申请复查的期限',
  D7: '出具复查意见的期限',
  D8: '您申请复核的期限',
  D9: '出具复核意见的期限',
};

export interface PublicEvaluationRequest extends PublicLookupRequest {
  stage: EvaluationStage;
  result: SatisfactionResult;
  comment?: string;
}

/** Holiday calendar years (法定节假日 + 调休上班日). */
export interface HolidayYearView {
  year: number;
  notice: string;
  holidays: { name: string; from: string; to: string }[];
  workdays: string[];
  /** Shipped with the system (from the repository), a shipped year an administrator corrected, or a year added by one. */
  source: 'BUILT_IN' | 'CORRECTED' | 'ADDED';
}
