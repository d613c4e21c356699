/**
 * The statutory workflow of a petition case (DOMAIN.md §1.5–1.10): states, actions, legal clocks,
 * notices (告知书/意见书), satisfaction evaluations and the in-app inbox. The vocabulary lives in one
 * file per topic, re-exported here; this file keeps the views that combine them.
 */
import type { CaseClockView, CaseEventView, ClockCode } from './case-clocks';
import type { SupervisionLevel } from './case-decisions';
import type { EvaluationView } from './case-evaluations';
import type { NoticeView } from './case-notices';
import type { CaseAction, CaseState } from './case-states';

export * from './case-states';
export * from './case-decisions';
export * from './case-clocks';
export * from './case-notices';
export * from './case-evaluations';

/** Everything the case page needs for the workflow: state, clocks, timeline, notices, permitted actions. */
export interface CaseWorkflowView {
  caseId: string;
  caseNo: string;
  state: CaseState;
  version: number;
  handlingUnitId: string | null;
  handlingUnitName: string | null;
  supervision: { level: SupervisionLevel; since: string; note: string | null } | null;
  overdue: boolean;
  clocks: CaseClockView[];
  events: CaseEventView[];
  notices: NoticeView[];
  evaluations: EvaluationView[];
  permittedActions: CaseAction[];
}

/** “我的工作”: what waits for the caller's unit. */
export interface WorkItem {
  caseId: string;
  caseNo: string;
  title: string;
  state: CaseState;
  townshipName: string;
  clockCode: ClockCode | null;
  clockLabel: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  reason: 'AWAITING_ACCEPTANCE' | 'DUE_SOON' | 'OVERDUE' | 'AWAITING_APPROVAL' | 'IN_HANDLING';
  supervisionLevel: SupervisionLevel | null;
}

export interface WorkInbox {
  items: WorkItem[];
}

export interface SupervisionRow {
  caseId: string;
  caseNo: string;
  title: string;
  state: CaseState;
  townshipName: string;
  handlingUnitName: string | null;
  supervisionLevel: SupervisionLevel | null;
  overdue: boolean;
  nextDueOn: string | null;
  nextClockLabel: string | null;
}
