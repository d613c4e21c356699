/**
 * The statutory workflow of a petition case (DOMAIN.md §1.5–1.10): states, actions, legal clocks,
 * notices (告知书/意见书), satisfaction evaluations and the in-app inbox.
 */

export const CASE_STATES = [
  'REGISTERED',
  'FORWARDED',
  'ASSIGNED',
  'OBJECTED',
  'DIVERTED',
  'NOT_ACCEPTED',
  'REJECTED_DUPLICATE',
  'ACCEPTED',
  'IN_PROGRESS',
  'EXTENSION_REQUESTED',
  'EXTENDED',
  'REPLIED',
  'MEDIATED',
  'REVIEW_REQUESTED',
  'REVIEW_ACCEPTED',
  'REVIEW_REPLIED',
  'REREVIEW_REQUESTED',
  'REREVIEW_ACCEPTED',
  'HEARING',
  'REREVIEW_REPLIED',
  'CLOSED',
  'TERMINATED',
  'ARCHIVED',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Readonly<Record<CaseState, string>> = {
  REGISTERED: '已登记',
  FORWARDED: '已转送',
  ASSIGNED: '已交办',
  OBJECTED: '已提出异议',
  DIVERTED: '已分流（导入法定途径）',
  NOT_ACCEPTED: '不予受理',
  REJECTED_DUPLICATE: '不再受理',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  EXTENSION_REQUESTED: '延期申请中',
  EXTENDED: '已延期',
  REPLIED: '已答复',
  MEDIATED: '调解/和解结案',
  REVIEW_REQUESTED: '复查申请',
  REVIEW_ACCEPTED: '复查中',
  REVIEW_REPLIED: '已复查答复',
  REREVIEW_REQUESTED: '复核申请',
  REREVIEW_ACCEPTED: '复核中',
  HEARING: '复核听证中',
  REREVIEW_REPLIED: '已复核答复',
  CLOSED: '办结',
  TERMINATED: '终结（不再受理）',
  ARCHIVED: '已归档',
};

export const CASE_ACTIONS = [
  'FORWARD',
  'ASSIGN',
  'ACCEPT',
  'NOT_ACCEPT',
  'REJECT_DUPLICATE',
  'DIVERT',
  'OBJECT',
  'RETURN',
  'OVERRULE_OBJECTION',
  'START_HANDLING',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'REJECT_EXTENSION',
  'REPLY',
  'MEDIATE',
  'CLOSE',
  'REQUEST_REVIEW',
  'ACCEPT_REVIEW',
  'REPLY_REVIEW',
  'REQUEST_REREVIEW',
  'ACCEPT_REREVIEW',
  'START_HEARING',
  'END_HEARING',
  'REPLY_REREVIEW',
  'TERMINATE',
  'ARCHIVE',
  'SUPERVISE',
  'CANCEL_SUPERVISION',
  'REPORT_COMPLETION',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  FORWARD: '转送',
  ASSIGN: '交办',
  ACCEPT: '受理',
  NOT_ACCEPT: '不予受理',
  REJECT_DUPLICATE: '不再受理',
  DIVERT: '分流（导入法定途径）',
  OBJECT: '提出异议',
  RETURN: '同意退回',
  OVERRULE_OBJECTION: '不同意异议',
  START_HANDLING: '开始办理',
  REQUEST_EXTENSION: '申请延期',
  APPROVE_EXTENSION: '批准延期',
  REJECT_EXTENSION: '不批准延期',
  REPLY: '出具处理意见',
  MEDIATE: '调解/和解结案',
  CLOSE: '办结',
  REQUEST_REVIEW: '登记复查申请',
  ACCEPT_REVIEW: '受理复查',
  REPLY_REVIEW: '出具复查意见',
  REQUEST_REREVIEW: '登记复核申请',
  ACCEPT_REREVIEW: '受理复核',
  START_HEARING: '开始听证',
  END_HEARING: '结束听证',
  REPLY_REREVIEW: '出具复核意见',
  TERMINATE: '终结',
  ARCHIVE: '归档',
  SUPERVISE: '督办',
  CANCEL_SUPERVISION: '取消督办',
  REPORT_COMPLETION: '提交办结报告',
};

/** 处理意见 (Art 32). */
export const HANDLING_OUTCOMES = ['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'] as const;
export type HandlingOutcome = (typeof HANDLING_OUTCOMES)[number];
export const HANDLING_OUTCOME_LABELS: Readonly<Record<HandlingOutcome, string>> = { SUPPORTED: '支持', EXPLAINED: '解释说明', NOT_SUPPORTED: '不予支持' };

/** 调解 / 和解 (Art 33). */
export const SETTLEMENT_KINDS = ['MEDIATION', 'RECONCILIATION'] as const;
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number];
export const SETTLEMENT_KIND_LABELS: Readonly<Record<SettlementKind, string>> = { MEDIATION: '调解', RECONCILIATION: '和解' };

/** 分流去向 (Art 31, DOMAIN.md §1.10). */
export const DIVERSION_ROUTES = [
  'LITIGATION',
  'ARBITRATION',
  'ADMIN_RECONSIDERATION',
  'ADMIN_RULING',
  'PROCURATORATE',
  'POLICE',
  'PARTY_APPEAL',
  'DISCIPLINE',
  'ADMIN_DUTY',
] as const;
export type DiversionRoute = (typeof DIVERSION_ROUTES)[number];
export const DIVERSION_ROUTE_LABELS: Readonly<Record<DiversionRoute, string>> = {
  LITIGATION: '诉讼',
  ARBITRATION: '仲裁',
  ADMIN_RECONSIDERATION: '行政复议',
  ADMIN_RULING: '行政裁决/确认/许可/处罚',
  PROCURATORATE: '检察',
  POLICE: '公安法律程序',
  PARTY_APPEAL: '党员申诉/复审',
  DISCIPLINE: '纪检监察',
  ADMIN_DUTY: '依法履职（查处违法、保护权益）',
};

/** 不再受理 grounds: a repeat within the handling period (Art 19 ¶3) or after 复核 (Art 36 ¶3). */
export const NO_REACCEPTANCE_GROUNDS = ['IN_HANDLING', 'AFTER_REREVIEW'] as const;
export type NoReacceptanceGround = (typeof NO_REACCEPTANCE_GROUNDS)[number];
export const NO_REACCEPTANCE_GROUND_LABELS: Readonly<Record<NoReacceptanceGround, string>> = {
  IN_HANDLING: '同一事项仍在规定期限内办理',
  AFTER_REREVIEW: '已经复核终结，以同一事实和理由再次提出',
};

export const CLOSE_REASONS = ['PETITIONER_SATISFIED', 'REVIEW_PERIOD_EXPIRED', 'SETTLED'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  PETITIONER_SATISFIED: '信访人认可处理意见',
  REVIEW_PERIOD_EXPIRED: '申请复查（复核）期限届满未提出',
  SETTLED: '调解/和解结案',
};

/** 督办 intensity. */
export const SUPERVISION_LEVELS = ['NORMAL', 'YELLOW', 'RED'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];
export const SUPERVISION_LEVEL_LABELS: Readonly<Record<SupervisionLevel, string>> = { NORMAL: '普通督办', YELLOW: '黄牌督办', RED: '红牌督办' };

/** One transition request. `expectedVersion` is the case version the caller saw (optimistic lock). */
export interface CaseTransitionRequest {
  action: CaseAction;
  expectedVersion: number;
  /** Free text: the reason, opinion or note the action records. */
  note?: string;
  handlingUnitId?: string;
  /** 交办: the days the unit has to feed back the result with a 办结报告 (Art 22(三)); starts D10. */
  feedbackDays?: number;
  outcome?: HandlingOutcome;
  legalBasis?: string;
  settlementKind?: SettlementKind;
  diversionRoute?: DiversionRoute;
  /** The competent organ the petitioner is told to approach (不予受理 / 分流). */
  competentOrgan?: string;
  priorCaseId?: string;
  /** 不再受理: the user checked that the facts and request are those of the prior case (同一事项). */
  sameMatterConfirmed?: boolean;
  noReacceptanceGround?: NoReacceptanceGround;
  extensionDays?: number;
  closeReason?: CloseReason;
  supervisionLevel?: SupervisionLevel;
  /** 复查/复核意见: the organ that issued it (Arts 35, 36: one level above the handling / 复查 organ). */
  reviewOrgan?: string;
  /** 复查/复核意见: that organ's own document number (文号), recorded as printed. */
  opinionNo?: string;
  /** 复查/复核 requests: the day the organ received the request (YYYY-MM-DD); defaults to today. */
  receivedOn?: string;
  /**
   * 复查/复核 requests: the day the petitioner made the request (postmark, online submission,
   * YYYY-MM-DD); timeliness counts from it (Arts 35, 36). Defaults to `receivedOn`.
   */
  requestedOn?: string;
}

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

export const NOTICE_KINDS = ['ACCEPTANCE', 'NON_ACCEPTANCE', 'NO_REACCEPTANCE', 'EXTENSION', 'HANDLING_OPINION', 'REVIEW_OPINION', 'REREVIEW_OPINION'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  ACCEPTANCE: '受理告知书',
  NON_ACCEPTANCE: '不予受理告知书',
  NO_REACCEPTANCE: '不再受理告知书',
  EXTENSION: '延长办理期限告知书',
  HANDLING_OPINION: '信访事项处理意见书',
  REVIEW_OPINION: '信访事项复查意见书',
  REREVIEW_OPINION: '信访事项复核意见书',
};

export const DELIVERY_METHODS = ['IN_PERSON', 'POST', 'SMS', 'ONLINE', 'PUBLIC_NOTICE'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, string>> = {
  IN_PERSON: '直接送达',
  POST: '邮寄送达',
  SMS: '短信告知',
  ONLINE: '网上送达',
  PUBLIC_NOTICE: '公告送达',
};

export interface NoticeView {
  id: string;
  caseId: string;
  caseNo: string;
  kind: NoticeKind;
  title: string;
  /** The issuing organ's prefix, the kind, year and number: 巨信受告〔2026〕12号, 县人力资源和社会保障局受告〔2026〕3号. */
  noticeNo: string;
  recipient: string;
  /** The filled text, paragraph by paragraph. */
  paragraphs: string[];
  issuer: string;
  issuedOn: string;
  deliveryMethod: DeliveryMethod | null;
  deliveredAt: string | null;
  /** 查询码, only on the single notice as printed and only where its text says 凭查询码 (受理告知书). */
  queryCode: string | null;
}

export interface RecordDeliveryRequest {
  method: DeliveryMethod;
  /** ISO date-time; not in the future. */
  deliveredAt: string;
}

export const EVALUATION_STAGES = ['ACCEPTANCE', 'HANDLING'] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];
export const EVALUATION_STAGE_LABELS: Readonly<Record<EvaluationStage, string>> = { ACCEPTANCE: '受理环节', HANDLING: '办理环节' };

export const SATISFACTION_RESULTS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type SatisfactionResult = (typeof SATISFACTION_RESULTS)[number];
export const SATISFACTION_RESULT_LABELS: Readonly<Record<SatisfactionResult, string>> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

/** OPEN: can be evaluated now; NOT_YET: its notice is not delivered; EVALUATED; NOT_PARTICIPATED: 未参评 (window passed). */
export type EvaluationStatus = 'NOT_YET' | 'OPEN' | 'EVALUATED' | 'NOT_PARTICIPATED';

export interface EvaluationView {
  stage: EvaluationStage;
  status: EvaluationStatus;
  result: SatisfactionResult | null;
  source: 'PUBLIC' | 'CALLBACK' | null;
  comment: string | null;
  recordedAt: string | null;
  /** Last day to evaluate (the window is configurable). */
  windowEndsOn: string | null;
}

export interface RecordEvaluationRequest {
  stage: EvaluationStage;
  result: SatisfactionResult;
  comment?: string;
}

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
