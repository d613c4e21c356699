/**
 * 依法分流 / 诉访分离 (DOMAIN.md §1.5 D, §2.6): the 涉法涉诉 flag, the versioned rule table that
 * suggests a legal channel, the diversion decision, the follow-up on whether the petitioner entered
 * the channel, legal consultations, the ledger and the monthly counts.
 */
import type { MatterType } from './cases';
import type { DiversionRoute } from './workflow';

/** A statutory limit the petitioner must respect on the suggested channel (e.g. 行政复议 60 日). */
export interface StatutoryLimit {
  amount: number;
  unit: 'DAYS' | 'MONTHS' | 'YEARS';
}

/** One version of one rule; a change makes a new version and the decisions keep the one they used. */
export interface DiversionRuleView {
  id: string;
  code: string;
  version: number;
  title: string;
  route: DiversionRoute;
  matterTypes: MatterType[];
  categoryCodes: string[];
  keywords: string[];
  legalBasis: string;
  competentOrgan: string;
  /** What the 告知 letter tells the petitioner about the deadline; empty when there is none. */
  statutoryClock: string;
  limit: StatutoryLimit | null;
  priority: number;
  active: boolean;
  createdAt: string;
}

export interface DiversionRuleRequest {
  title: string;
  route: DiversionRoute;
  matterTypes: MatterType[];
  categoryCodes: string[];
  keywords: string[];
  legalBasis: string;
  competentOrgan: string;
  statutoryClock: string;
  limit: StatutoryLimit | null;
  priority: number;
  active: boolean;
}

export interface DiversionSuggestion {
  ruleId: string;
  ruleCode: string;
  ruleVersion: number;
  title: string;
  route: DiversionRoute;
  legalBasis: string;
  competentOrgan: string;
  statutoryClock: string;
  /** Why the rule fired: the matched matter type, category and keywords. */
  matchedKeywords: string[];
  score: number;
}

export interface LawFlagView {
  flagged: boolean;
  reason: string | null;
  flaggedByName: string | null;
  flaggedAt: string | null;
}

export interface FlagLawRelatedRequest {
  reason: string;
}

/** A flagged case in the workbench queue, with its suggestions and its diversion if decided. */
export interface DiversionCaseView {
  caseId: string;
  caseNo: string;
  title: string;
  mainRequest: string;
  matterType: MatterType;
  categoryLabel: string;
  townshipName: string;
  state: string;
  version: number;
  registeredAt: string;
  flag: LawFlagView;
  suggestions: DiversionSuggestion[];
  diversion: DiversionView | null;
  consultations: ConsultationView[];
}

export interface DiversionQueueResponse {
  items: DiversionCaseView[];
  nextCursor: string | null;
}

export interface DivertCaseRequest {
  expectedVersion: number;
  route: DiversionRoute;
  /** The rule whose suggestion staff confirmed; absent when staff chose another route themselves. */
  ruleId?: string;
  competentOrgan: string;
  /** The reason given in the 告知 letter. */
  note: string;
}

export const CHANNEL_ENTRY_OUTCOMES = ['ENTERED', 'NOT_ENTERED', 'UNKNOWN'] as const;
export type ChannelEntryOutcome = (typeof CHANNEL_ENTRY_OUTCOMES)[number];
export const CHANNEL_ENTRY_OUTCOME_LABELS: Readonly<Record<ChannelEntryOutcome, string>> = { ENTERED: '已进入法定途径', NOT_ENTERED: '未进入', UNKNOWN: '情况不明' };

export interface ChannelFollowUpRequest {
  outcome: ChannelEntryOutcome;
  /** The day the petitioner entered (or the check was made), YYYY-MM-DD. */
  checkedOn: string;
  evidence: string;
}

export interface DiversionView {
  id: string;
  caseId: string;
  caseNo: string;
  caseTitle: string;
  townshipName: string;
  route: DiversionRoute;
  competentOrgan: string;
  legalBasis: string;
  statutoryClock: string;
  /** The rule version the decision used (null: staff chose the route without a rule). */
  ruleCode: string | null;
  ruleVersion: number | null;
  /** The rule's name as staff read it (拖欠劳动报酬 → 劳动人事争议仲裁); the code is for administrators. */
  ruleTitle: string | null;
  noticeId: string;
  noticeNo: string;
  noticeDeliveredAt: string | null;
  /** Counts as diverted only once its 告知 notice is delivered. */
  counted: boolean;
  decidedByName: string;
  decidedAt: string;
  followUp: { outcome: ChannelEntryOutcome; checkedOn: string; evidence: string; recordedByName: string } | null;
}

export interface DiversionLedgerQuery {
  townshipId?: string;
  route?: DiversionRoute;
  /** YYYY-MM: decisions made in that month (China time). */
  month?: string;
  counted?: boolean;
  after?: string;
  limit?: number;
}

export interface DiversionLedgerResponse {
  items: DiversionView[];
  nextCursor: string | null;
}

/** Per township and month: cases flagged 涉法涉诉 and cases diverted (notice delivered). */
export interface DiversionCountRow {
  townshipId: string;
  townshipName: string;
  month: string;
  flagged: number;
  diverted: number;
}

export const CONSULTATION_KINDS = ['LEGAL', 'POLICY'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];
export const CONSULTATION_KIND_LABELS: Readonly<Record<ConsultationKind, string>> = { LEGAL: '法律咨询', POLICY: '政策解释' };

export interface ConsultationRequest {
  kind: ConsultationKind;
  advisor: string;
  lawyerOnDuty?: string;
  content: string;
  heldOn: string;
}

export interface ConsultationView extends ConsultationRequest {
  id: string;
  caseId: string;
  recordedByName: string;
  createdAt: string;
}
