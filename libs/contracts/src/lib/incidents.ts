/** 突发信访事件 (DOMAIN.md §4): levels, natures, the report chain and the live state of the limits. */

/** 事件等级. */
export const INCIDENT_LEVELS = ['PARTICULARLY_MAJOR', 'MAJOR', 'LARGE', 'GENERAL'] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];
export const INCIDENT_LEVEL_LABELS: Record<IncidentLevel, string> = {
  PARTICULARLY_MAJOR: '特别重大',
  MAJOR: '重大',
  LARGE: '较大',
  GENERAL: '一般',
};

/** 事件性质 (the practical triggers of DOMAIN.md §4.1). */
export const INCIDENT_NATURES = ['GROUP_VISIT', 'EXTREME_BEHAVIOUR', 'BLOCKING', 'GATHERING', 'PUBLIC_OPINION', 'MASS_INTEREST', 'OTHER'] as const;
export type IncidentNature = (typeof INCIDENT_NATURES)[number];
export const INCIDENT_NATURE_LABELS: Record<IncidentNature, string> = {
  GROUP_VISIT: '规模性集体访',
  EXTREME_BEHAVIOUR: '个人极端行为',
  BLOCKING: '围堵冲击机关、堵塞交通',
  GATHERING: '非接待场所聚集',
  PUBLIC_OPINION: '负面舆情',
  MASS_INTEREST: '涉众型群体事件',
  OTHER: '其他',
};

/** How the bureau learnt of the incident: itself, or later from an upper level's 通报 (counts as not reported). */
export const INCIDENT_SOURCES = ['SELF', 'UPPER_NOTICE'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];
export const INCIDENT_SOURCE_LABELS: Record<IncidentSource, string> = { SELF: '本级发现', UPPER_NOTICE: '上级通报' };

/** One step of the report chain: 电话报告, 书面初报, 续报 (numbered), 终报. */
export const INCIDENT_REPORT_KINDS = ['PHONE', 'INITIAL', 'FOLLOW_UP', 'FINAL'] as const;
export type IncidentReportKind = (typeof INCIDENT_REPORT_KINDS)[number];
export const INCIDENT_REPORT_KIND_LABELS: Record<IncidentReportKind, string> = { PHONE: '电话报告', INITIAL: '书面初报', FOLLOW_UP: '续报', FINAL: '终报' };

/** A report limit: met, late, still open (countdown running) or overdue (passed with no report). */
export const REPORT_LIMIT_STATUSES = ['MET', 'LATE', 'OPEN', 'OVERDUE'] as const;
export type ReportLimitStatus = (typeof REPORT_LIMIT_STATUSES)[number];
export const REPORT_LIMIT_STATUS_LABELS: Readonly<Record<ReportLimitStatus, string>> = {
  MET: '按时报告',
  LATE: '迟报',
  OPEN: '待报告',
  OVERDUE: '已超时未报',
};

/** Verdict on an incident's reporting; only ON_TIME counts as reported in the report rate. */
export const REPORT_VERDICTS = ['ON_TIME', 'PENDING', 'PHONE_LATE', 'WRITTEN_LATE', 'BOTH_LATE', 'NOT_REPORTED'] as const;
export type ReportVerdict = (typeof REPORT_VERDICTS)[number];
export const REPORT_VERDICT_LABELS: Record<ReportVerdict, string> = {
  ON_TIME: '按时报告',
  PENDING: '报告时限内',
  PHONE_LATE: '电话报告迟报',
  WRITTEN_LATE: '书面报告迟报',
  BOTH_LATE: '电话、书面均迟报',
  NOT_REPORTED: '未报告',
};

export interface ReportLimitView {
  /** Minutes after discovery. */
  limitMinutes: number;
  dueAt: string;
  reportedAt: string | null;
  status: ReportLimitStatus;
  /** Minutes past the limit (LATE, OVERDUE), else null. */
  minutesLate: number | null;
}

export interface IncidentReportView {
  id: string;
  kind: IncidentReportKind;
  /** 续报 number (1 for 续报一); null for other kinds. */
  seq: number | null;
  label: string;
  reportedAt: string;
  reportedTo: string[];
  content: string;
  reportedByName: string;
  /** When it was filed in the system. */
  recordedAt: string;
  /** Set when the report time was typed earlier than the filing (补录): the reason given. */
  timeReason: string | null;
}

export interface IncidentSummary {
  id: string;
  incidentNo: string;
  title: string;
  level: IncidentLevel;
  nature: IncidentNature;
  source: IncidentSource;
  discoveredAt: string;
  townshipId: string;
  townshipName: string;
  villageName: string | null;
  peopleCount: number;
  closed: boolean;
  phone: ReportLimitView;
  written: ReportLimitView;
  verdict: ReportVerdict;
  /** Whether the report rate counts it as reported (both limits met). */
  countsAsReported: boolean;
}

export interface IncidentDetail extends IncidentSummary {
  villageId: string | null;
  placeDetail: string;
  description: string;
  measures: string;
  reportedTo: string[];
  reports: IncidentReportView[];
  createdByName: string;
  createdAt: string;
  /** Server time of the response, so a client with a wrong clock still counts down correctly. */
  serverNow: string;
}

export interface IncidentListResponse {
  items: IncidentSummary[];
  nextCursor: string | null;
  serverNow: string;
}

export interface IncidentListQuery {
  townshipId?: string;
  level?: IncidentLevel;
  open?: boolean;
  after?: string;
  limit?: number;
}

/** 快报: what a township officer knows in the first minutes. */
export interface CreateIncidentRequest {
  title: string;
  discoveredAt: string;
  level: IncidentLevel;
  nature: IncidentNature;
  source?: IncidentSource;
  townshipId: string;
  villageId?: string;
  placeDetail: string;
  peopleCount: number;
  description: string;
  measures?: string;
  /** Already phoned in: when, and to whom. */
  phoneReportedAt?: string;
  /** Why the phone report is entered later than it was made (required when earlier than now). */
  phoneTimeReason?: string;
  reportedTo?: string[];
}

export interface AddIncidentReportRequest {
  kind: IncidentReportKind;
  /** Omitted: the report carries the time it is filed. An earlier time is a 补录 and needs timeReason. */
  reportedAt?: string;
  timeReason?: string;
  reportedTo: string[];
  content: string;
}

/** Report limits in force per level (DOMAIN.md §4.2; default 30/60 minutes). */
export interface IncidentReportLimit {
  level: IncidentLevel;
  phoneMinutes: number;
  writtenMinutes: number;
}

export interface UpdateIncidentReportLimitRequest {
  phoneMinutes: number;
  writtenMinutes: number;
}

/** Usual recipients offered by the form (DOMAIN.md §4.1: 本级党委政府, 上级信访部门, 国家信访局, 主管部门, 联席办). */
export const INCIDENT_RECIPIENTS = ['县委总值班室', '县政府总值班室', '市信访局', '省信访局', '国家信访局', '县信访工作联席会议办公室', '主管部门', '县公安局'] as const;
