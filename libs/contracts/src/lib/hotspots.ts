/**
 * 信访隐患排查化解台账 (DOMAIN.md §2.4), the weekly 排查 report of each township, 信访积案 and
 * 领导包案 (§2.5).
 */
import type { IncidentLevel, IncidentNature } from './incidents';
import type { SupervisionLevel } from './workflow';

export const HOTSPOT_STATUSES = ['UNRESOLVED', 'RESOLVING', 'STABILIZED', 'RESOLVED', 'BACKLOG', 'SUSPENDED'] as const;
export type HotspotStatus = (typeof HOTSPOT_STATUSES)[number];
export const HOTSPOT_STATUS_LABELS: Readonly<Record<HotspotStatus, string>> = {
  UNRESOLVED: '未化解',
  RESOLVING: '化解中',
  STABILIZED: '已稳控',
  RESOLVED: '已化解（销号）',
  BACKLOG: '转积案',
  SUSPENDED: '中止',
};

export const HOTSPOT_ACTIONS = ['START', 'STABILIZE', 'REQUEST_CLOSE', 'APPROVE_CLOSE', 'REJECT_CLOSE', 'TO_BACKLOG', 'SUSPEND', 'RESUME'] as const;
export type HotspotAction = (typeof HOTSPOT_ACTIONS)[number];
export const HOTSPOT_ACTION_LABELS: Readonly<Record<HotspotAction, string>> = {
  START: '开始化解',
  STABILIZE: '已稳控',
  REQUEST_CLOSE: '申请销号',
  APPROVE_CLOSE: '批准销号',
  REJECT_CLOSE: '退回销号申请',
  TO_BACKLOG: '转为积案',
  SUSPEND: '中止',
  RESUME: '恢复化解',
};

/** 1 重大(红) … 4 较低(蓝). */
export const RISK_LEVELS = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = { 1: '重大（红）', 2: '较大（橙）', 3: '一般（黄）', 4: '较低（蓝）' };

export const UPWARD_DIRECTIONS = ['CITY', 'PROVINCE', 'BEIJING'] as const;
export type UpwardDirection = (typeof UPWARD_DIRECTIONS)[number];
export const UPWARD_DIRECTION_LABELS: Readonly<Record<UpwardDirection, string>> = { CITY: '赴市', PROVINCE: '到省', BEIJING: '进京' };

/** Ledger colour: green done, yellow due soon, red overdue, grey suspended, none otherwise. */
export type DeadlineColour = 'GREEN' | 'YELLOW' | 'RED' | 'GREY' | 'NONE';

export interface HotspotFields {
  foundOn: string;
  foundBy: string;
  reportingOrg: string;
  townshipId: string;
  villageId?: string | null;
  categoryCode: string;
  description: string;
  mainDemand: string;
  peopleInvolved: number;
  groupType?: string;
  possibleDirection?: UpwardDirection | null;
  riskLevel: RiskLevel;
  leaderInCharge: string;
  responsibleOrg: string;
  responsiblePerson: string;
  stabilityPerson: string;
  measuresResolve: string;
  measuresStability: string;
  /** 化解时限 in days on the statutory calendar from foundOn (the deadline is computed). */
  deadlineDays: number;
}

export type CreateHotspotRequest = HotspotFields;

export interface HotspotView extends Omit<HotspotFields, 'villageId' | 'groupType' | 'possibleDirection'> {
  id: string;
  hotspotNo: string;
  townshipName: string;
  villageId: string | null;
  villageName: string | null;
  categoryLabel: string;
  groupType: string;
  possibleDirection: UpwardDirection | null;
  deadline: string;
  status: HotspotStatus;
  colour: DeadlineColour;
  closeRequested: boolean;
  closedOn: string | null;
  closedByName: string | null;
  linkedCaseIds: string[];
  backlogCaseId: string | null;
  version: number;
  createdAt: string;
  permittedActions: HotspotAction[];
}

export interface HotspotDetailView extends HotspotView {
  followUps: HotspotFollowUpView[];
  linkedCases: { id: string; caseNo: string; title: string }[];
}

export interface HotspotFollowUpView {
  id: string;
  at: string;
  authorName: string;
  content: string;
  action: HotspotAction | null;
}

export interface HotspotListQuery {
  townshipId?: string;
  status?: HotspotStatus;
  riskLevel?: RiskLevel;
  after?: string;
  limit?: number;
}

export interface HotspotListResponse {
  items: HotspotView[];
  nextCursor: string | null;
}

export interface HotspotTransitionRequest {
  action: HotspotAction;
  expectedVersion: number;
  note: string;
}

export interface HotspotFollowUpRequest {
  content: string;
}

/** 转为突发事件快报: what the quick report needs beyond the hotspot's own fields. */
export interface HotspotIncidentRequest {
  level: IncidentLevel;
  nature: IncidentNature;
  placeDetail: string;
  /** When the incident was learned of (ISO date-time); defaults to now. */
  discoveredAt?: string;
}

export interface HotspotIncidentResult {
  incidentId: string;
  incidentNo: string;
  hotspot: HotspotDetailView;
}

export interface LinkHotspotCaseRequest {
  caseId: string;
}

/** One row of an import report: accepted, or rejected with every reason in Chinese. */
export interface HotspotImportRow {
  row: number;
  description: string;
  accepted: boolean;
  errors: string[];
}

export interface HotspotImportReport {
  /** True only when every row was accepted and all were saved; otherwise nothing was saved. */
  imported: boolean;
  total: number;
  accepted: number;
  rejected: number;
  rows: HotspotImportRow[];
}

/** 每周排查: a township's weekly report (a zero report says nothing new was found). */
export interface WeeklyReportRequest {
  townshipId: string;
  /** The Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  zeroReport: boolean;
  note: string;
}

export interface WeeklyReportStatusRow {
  townshipId: string;
  townshipName: string;
  weekStart: string;
  submitted: boolean;
  zeroReport: boolean | null;
  note: string | null;
  submittedByName: string | null;
  submittedAt: string | null;
  /** Flagged as missing by the weekly check. */
  flaggedMissing: boolean;
  newHotspots: number;
}

export const BACKLOG_ORIGINS = ['NATIONAL', 'PROVINCE', 'CITY', 'LOCAL_SCREENING', 'REPEAT_GOVERNANCE'] as const;
export type BacklogOrigin = (typeof BACKLOG_ORIGINS)[number];
export const BACKLOG_ORIGIN_LABELS: Readonly<Record<BacklogOrigin, string>> = {
  NATIONAL: '国家交办',
  PROVINCE: '省交办',
  CITY: '市交办',
  LOCAL_SCREENING: '本级排查',
  REPEAT_GOVERNANCE: '重复信访治理',
};

export const BACKLOG_STATUSES = ['UNRESOLVED', 'RESOLVING', 'RESOLVED', 'TERMINATED', 'RELAPSED'] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];
export const BACKLOG_STATUS_LABELS: Readonly<Record<BacklogStatus, string>> = {
  UNRESOLVED: '未化解',
  RESOLVING: '化解中',
  RESOLVED: '已化解',
  TERMINATED: '已终结',
  RELAPSED: '反复',
};

/** Art 27's four 到位, and 依法终结 (Art 36). */
export const RESOLUTION_TYPES = ['PROBLEM_SOLVED', 'EDUCATION', 'ASSISTANCE', 'LAWFUL_HANDLING', 'LAWFUL_TERMINATION'] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];
export const RESOLUTION_TYPE_LABELS: Readonly<Record<ResolutionType, string>> = {
  PROBLEM_SOLVED: '解决问题到位',
  EDUCATION: '思想教育到位',
  ASSISTANCE: '帮扶救助到位',
  LAWFUL_HANDLING: '依法处理',
  LAWFUL_TERMINATION: '依法终结',
};

export const LEADER_ACTIVITY_KINDS = ['RECEPTION', 'FIELD_VISIT', 'APPOINTMENT'] as const;
export type LeaderActivityKind = (typeof LEADER_ACTIVITY_KINDS)[number];
export const LEADER_ACTIVITY_KIND_LABELS: Readonly<Record<LeaderActivityKind, string>> = { RECEPTION: '接访', FIELD_VISIT: '下访', APPOINTMENT: '约访' };

/** 五定: 定领导、定人员、定时间、定任务、定责任, with the plan (一案一策). */
export interface CreateBacklogCaseRequest {
  title: string;
  origin: BacklogOrigin;
  townshipId: string;
  linkedCaseIds: string[];
  leader: string;
  responsibleOrg: string;
  team: string;
  task: string;
  responsibility: string;
  plan: string;
  deadline: string;
  supervisionLevel: SupervisionLevel | null;
}

export interface LeaderActivityRequest {
  kind: LeaderActivityKind;
  heldOn: string;
  place: string;
  leader: string;
  peopleMet: string;
  result: string;
}

export interface LeaderActivityView extends LeaderActivityRequest {
  id: string;
  recordedByName: string;
}

export interface BacklogResolutionRequest {
  expectedVersion: number;
  status: BacklogStatus;
  resolutionType?: ResolutionType;
  /** 息诉罢访 confirmed on this day (YYYY-MM-DD). */
  settledOn?: string;
  note: string;
}

export interface BacklogCaseView extends CreateBacklogCaseRequest {
  id: string;
  backlogNo: string;
  townshipName: string;
  hotspotId: string | null;
  status: BacklogStatus;
  resolutionType: ResolutionType | null;
  settledOn: string | null;
  overdue: boolean;
  activities: LeaderActivityView[];
  version: number;
  createdAt: string;
}

export interface BacklogListResponse {
  items: BacklogCaseView[];
  nextCursor: string | null;
}
