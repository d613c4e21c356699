/** The legal clocks of a case (DOMAIN.md §1.6–1.8) and its timeline of events. */
import type { CaseAction, CaseState } from './case-states';

export const CLOCK_CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'] as const;
export type ClockCode = (typeof CLOCK_CODES)[number];
export type PeriodUnitCode = 'DAYS' | 'WORKING_DAYS';
export type ClockStatus = 'RUNNING' | 'PAUSED' | 'STOPPED';
/** Whose duty the clock measures: an organ's time limit, or the petitioner's window to ask for review. */
export type ClockParty = 'ORGAN' | 'PETITIONER';

/** A configurable limit (provinces shorten some). */
export interface ClockRule {
  code: ClockCode;
  label: string;
  article: string;
  amount: number;
  unit: PeriodUnitCode;
  party: ClockParty;
  excludeStartDay: boolean;
  extendPastDaysOff: boolean;
  updatedAt: string;
}

export interface UpdateClockRuleRequest {
  amount?: number;
  unit?: PeriodUnitCode;
  excludeStartDay?: boolean;
  extendPastDaysOff?: boolean;
}

export interface CaseClockView {
  id: string;
  code: ClockCode;
  label: string;
  article: string;
  party: ClockParty;
  status: ClockStatus;
  startedOn: string;
  amount: number;
  unit: PeriodUnitCode;
  dueOn: string;
  /** “为什么是这一天”: each counting step in Chinese. */
  explanation: string[];
  extendedDays: number;
  pauses: { from: string; to: string | null; reason: string }[];
  stoppedAt: string | null;
  stopReason: string | null;
  overdue: boolean;
  /** Days left (negative when past due) for a running clock; null once stopped. */
  daysLeft: number | null;
  responsibleUnitName: string | null;
  version: number;
}

export interface CaseEventView {
  id: string;
  at: string;
  action: CaseAction | 'REGISTER' | 'DELIVER_NOTICE' | 'EVALUATE';
  label: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  actorName: string | null;
  note: string | null;
  details: Record<string, unknown>;
}
