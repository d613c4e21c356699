/** What an action decides (处理意见, 调解/和解, 分流, 不再受理, 办结, 督办) and the transition request that carries it. */
import type { CaseAction } from './case-states';

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
