import type { CaseState, EvaluationStage, EvaluationView, NoticeView, SatisfactionResult } from './workflow';

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
}

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
