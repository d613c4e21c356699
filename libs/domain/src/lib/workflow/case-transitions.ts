import { CASE_ACTION_LABELS as ACTION_NAMES, type CaseAction, type CaseState, type ClockCode, type NoticeKind, type Role } from '@julu/contracts';

/**
 * Who may take an action, relative to the case:
 * - INTAKE: the organ that received the matter and disposes of it (Arts 22, 23): the county
 *   bureau's reception and leaders, or the township officer of the case's township;
 * - HANDLING: a member of the unit the case was forwarded/assigned to, or that accepted it;
 * - UNIT_HEAD: the head (负责人) of the handling unit, who approves an extension (Art 34);
 * - BUREAU: the county petition bureau recording review steps and closing the file;
 * - SUPERVISION: the bureau's leaders (督办, Art 40).
 */
export type ActorSide = 'INTAKE' | 'HANDLING' | 'UNIT_HEAD' | 'BUREAU' | 'SUPERVISION';

/** What the caller is, relative to the case (computed by the API from the user and the case). */
export interface WorkflowActor {
  role: Role;
  /**
   * While the intake decision is pending (登记, 异议): the caller belongs to the organ that received
   * the matter (registered it). Later: the case lies in the caller's territory (county staff; the
   * township's own officer), for the bureau's recording steps.
   */
  intakeOrgan: boolean;
  /** The caller belongs to the case's handling unit. */
  handlingUnitMember: boolean;
  unitHead: boolean;
}

/** Facts the guards need, derived from the case and its clocks. */
export interface WorkflowFacts {
  state: CaseState;
  /** Whether the case was forwarded (转送) or assigned (交办), to restore it after an overruled objection. */
  disposition: 'FORWARD' | 'ASSIGN' | null;
  /** D4 (5 working days to object) is still running. */
  objectionWindowOpen: boolean;
  /** D10 runs: an assigned (交办) matter whose 办结报告 is still due (Art 22(三)). */
  feedbackDue: boolean;
  /** D5 has already been extended once. */
  extensionUsed: boolean;
  /** D5 is running and its last day has not passed: only a running period can be extended (Art 34). */
  handlingPeriodRunning: boolean;
  /** The petitioner's window (D6 before 复查, D8 before 复核) is still open on the request's date. */
  reviewWindowOpen: boolean;
  /**
   * The petitioner's window (D6 before 复查, D8 before 复核) that has not lapsed for good, if any.
   * While it is live a 复查/复核 request can be recorded, even after a provisional 办结 (Arts 35, 36).
   */
  petitionerWindow: 'D6' | 'D8' | null;
  /** The written reply (意见书) of the current stage has been delivered. */
  replyDelivered: boolean;
  supervised: boolean;
}

/** What a transition does to the legal clocks (DOMAIN.md §1.9). */
export interface ClockEffects {
  start?: ClockCode[];
  stop?: ClockCode[];
  pause?: ClockCode[];
  resume?: ClockCode[];
  extend?: ClockCode[];
}

export interface TransitionRule {
  action: CaseAction;
  from: readonly CaseState[];
  /** The next state; null for flag actions (督办) that leave the state as it is. */
  to: CaseState | ((facts: WorkflowFacts) => CaseState) | null;
  sides: readonly ActorSide[];
  /** Payload fields the action requires (validated by the API with Chinese messages). */
  requires: readonly string[];
  clocks: ClockEffects;
  notice?: NoticeKind;
  /** A guard: null when allowed, else the reason in Chinese. */
  guard?: (facts: WorkflowFacts) => string | null;
}

const INTAKE_DECISIONS_FROM: readonly CaseState[] = ['REGISTERED', 'FORWARDED', 'ASSIGNED'];
const AWAITING_ACCEPTANCE: readonly CaseState[] = ['FORWARDED', 'ASSIGNED'];
const HANDLING: readonly CaseState[] = ['IN_PROGRESS', 'EXTENDED'];
const INTAKE_CLOCKS: ClockCode[] = ['D1', 'D2', 'D3', 'D4'];
const HANDLING_PERIOD_PASSED = '办理期限已届满，只有尚未届满的期限才能延长；超期事项按超期统计（《信访工作条例》第三十四条）';

export const CLOSED_STATES: readonly CaseState[] = ['DIVERTED', 'NOT_ACCEPTED', 'REJECTED_DUPLICATE', 'MEDIATED', 'CLOSED', 'TERMINATED', 'ARCHIVED'];
export const OPEN_STATES: readonly CaseState[] = [
  'REGISTERED',
  'FORWARDED',
  'ASSIGNED',
  'OBJECTED',
  'ACCEPTED',
  'IN_PROGRESS',
  'EXTENSION_REQUESTED',
  'EXTENDED',
  'REPLIED',
  'REVIEW_REQUESTED',
  'REVIEW_ACCEPTED',
  'REVIEW_REPLIED',
  'REREVIEW_REQUESTED',
  'REREVIEW_ACCEPTED',
  'HEARING',
  'REREVIEW_REPLIED',
];

/** The transition table of DOMAIN.md §1.10. The API enforces it; the web app reads it to show buttons. */
export const CASE_TRANSITIONS: readonly TransitionRule[] = [
  // Intake (Art 22: the bureau; Art 23: another organ receiving directly).
  { action: 'FORWARD', from: ['REGISTERED'], to: 'FORWARDED', sides: ['INTAKE'], requires: ['handlingUnitId'], clocks: { stop: ['D1', 'D2'], start: ['D3', 'D4'] } },
  // 交办 sets the feedback limit: D10 runs until the unit's 办结报告 (Art 22(三)).
  {
    action: 'ASSIGN',
    from: ['REGISTERED'],
    to: 'ASSIGNED',
    sides: ['INTAKE'],
    requires: ['handlingUnitId', 'feedbackDays'],
    clocks: { stop: ['D1', 'D2'], start: ['D3', 'D4', 'D10'] },
  },
  {
    action: 'ACCEPT',
    from: INTAKE_DECISIONS_FROM,
    to: 'ACCEPTED',
    sides: ['INTAKE', 'HANDLING'],
    requires: [],
    clocks: { stop: INTAKE_CLOCKS, start: ['D5'] },
    notice: 'ACCEPTANCE',
  },
  {
    action: 'NOT_ACCEPT',
    from: INTAKE_DECISIONS_FROM,
    to: 'NOT_ACCEPTED',
    sides: ['INTAKE', 'HANDLING'],
    requires: ['note', 'competentOrgan'],
    clocks: { stop: INTAKE_CLOCKS },
    notice: 'NON_ACCEPTANCE',
  },
  {
    action: 'REJECT_DUPLICATE',
    from: INTAKE_DECISIONS_FROM,
    to: 'REJECTED_DUPLICATE',
    sides: ['INTAKE', 'HANDLING'],
    requires: ['priorCaseId', 'sameMatterConfirmed', 'noReacceptanceGround', 'note'],
    clocks: { stop: INTAKE_CLOCKS },
    notice: 'NO_REACCEPTANCE',
  },
  // Art 31(一)–(五) routes apply whenever the matter turns out to belong to one, also after 受理:
  // Art 34's 60 days are for Art 31(六) matters only, so 分流 during handling stops D5.
  {
    action: 'DIVERT',
    from: [...INTAKE_DECISIONS_FROM, 'ACCEPTED', ...HANDLING],
    to: 'DIVERTED',
    sides: ['INTAKE', 'HANDLING'],
    requires: ['diversionRoute', 'competentOrgan', 'note'],
    clocks: { stop: [...INTAKE_CLOCKS, 'D5'] },
    notice: 'NON_ACCEPTANCE',
  },
  // The receiving unit's objection within 5 working days (Art 23 ¶3) and the bureau's answer.
  {
    action: 'OBJECT',
    from: AWAITING_ACCEPTANCE,
    to: 'OBJECTED',
    sides: ['HANDLING'],
    requires: ['note'],
    clocks: { stop: ['D4'], pause: ['D3'] },
    guard: (f) => (f.objectionWindowOpen ? null : '提出异议的期限（收到之日起 5 个工作日）已过，应当依法受理或告知'),
  },
  { action: 'RETURN', from: ['OBJECTED'], to: 'REGISTERED', sides: ['INTAKE'], requires: ['note'], clocks: { stop: ['D3', 'D10'], start: ['D1'] } },
  {
    action: 'OVERRULE_OBJECTION',
    from: ['OBJECTED'],
    to: (f) => (f.disposition === 'ASSIGN' ? 'ASSIGNED' : 'FORWARDED'),
    sides: ['INTAKE'],
    requires: ['note'],
    clocks: { resume: ['D3'] },
  },
  // Handling (Arts 31–34).
  { action: 'START_HANDLING', from: ['ACCEPTED'], to: 'IN_PROGRESS', sides: ['HANDLING'], requires: [], clocks: {} },
  {
    action: 'REQUEST_EXTENSION',
    from: ['IN_PROGRESS'],
    to: 'EXTENSION_REQUESTED',
    sides: ['HANDLING'],
    requires: ['note', 'extensionDays'],
    clocks: {},
    guard: (f) => (f.extensionUsed ? '办理期限只能延长一次（《信访工作条例》第三十四条）' : f.handlingPeriodRunning ? null : HANDLING_PERIOD_PASSED),
  },
  {
    action: 'APPROVE_EXTENSION',
    from: ['EXTENSION_REQUESTED'],
    to: 'EXTENDED',
    sides: ['UNIT_HEAD'],
    requires: [],
    clocks: { extend: ['D5'] },
    notice: 'EXTENSION',
    guard: (f) => (f.handlingPeriodRunning ? null : HANDLING_PERIOD_PASSED),
  },
  { action: 'REJECT_EXTENSION', from: ['EXTENSION_REQUESTED'], to: 'IN_PROGRESS', sides: ['UNIT_HEAD'], requires: ['note'], clocks: {} },
  {
    action: 'REPLY',
    from: HANDLING,
    to: 'REPLIED',
    sides: ['HANDLING'],
    requires: ['outcome', 'note', 'legalBasis'],
    clocks: { stop: ['D5'] },
    notice: 'HANDLING_OPINION',
  },
  { action: 'MEDIATE', from: HANDLING, to: 'MEDIATED', sides: ['HANDLING'], requires: ['settlementKind', 'note'], clocks: { stop: ['D5'] } },
  {
    action: 'CLOSE',
    from: ['REPLIED', 'REVIEW_REPLIED'],
    to: 'CLOSED',
    sides: ['HANDLING', 'BUREAU'],
    requires: ['closeReason'],
    // 办结 inside the petitioner's window is provisional: the window runs on (Arts 35, 36).
    clocks: {},
    guard: (f) => (f.replyDelivered ? null : '意见书尚未送达信访人，不能办结'),
  },
  // 复查 (Art 35) and 复核 (Art 36), recorded by the bureau.
  {
    action: 'REQUEST_REVIEW',
    from: ['REPLIED', 'CLOSED'],
    to: 'REVIEW_REQUESTED',
    sides: ['BUREAU'],
    requires: [],
    clocks: { stop: ['D6'], start: ['D7'] },
    guard: (f) =>
      f.state === 'CLOSED' && f.petitionerWindow !== 'D6'
        ? '事项已办结，且不在申请复查的期限内'
        : !f.replyDelivered
          ? '处理意见书尚未送达，复查申请期限尚未起算'
          : f.reviewWindowOpen
            ? null
            : '申请复查的期限（收到处理意见书之日起 30 日）已过',
  },
  { action: 'ACCEPT_REVIEW', from: ['REVIEW_REQUESTED'], to: 'REVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], clocks: {} },
  // The 复查/复核机关 issues the opinion under its own name and number; the bureau records it.
  {
    action: 'REPLY_REVIEW',
    from: ['REVIEW_ACCEPTED'],
    to: 'REVIEW_REPLIED',
    sides: ['BUREAU'],
    requires: ['outcome', 'note', 'reviewOrgan', 'opinionNo'],
    clocks: { stop: ['D7'] },
    notice: 'REVIEW_OPINION',
  },
  {
    action: 'REQUEST_REREVIEW',
    from: ['REVIEW_REPLIED', 'CLOSED'],
    to: 'REREVIEW_REQUESTED',
    sides: ['BUREAU'],
    requires: [],
    clocks: { stop: ['D8'], start: ['D9'] },
    guard: (f) =>
      f.state === 'CLOSED' && f.petitionerWindow !== 'D8'
        ? '事项已办结，且不在申请复核的期限内'
        : !f.replyDelivered
          ? '复查意见书尚未送达，复核申请期限尚未起算'
          : f.reviewWindowOpen
            ? null
            : '申请复核的期限（收到复查意见书之日起 30 日）已过',
  },
  { action: 'ACCEPT_REREVIEW', from: ['REREVIEW_REQUESTED'], to: 'REREVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], clocks: {} },
  { action: 'START_HEARING', from: ['REREVIEW_ACCEPTED'], to: 'HEARING', sides: ['BUREAU'], requires: [], clocks: { pause: ['D9'] } },
  { action: 'END_HEARING', from: ['HEARING'], to: 'REREVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], clocks: { resume: ['D9'] } },
  {
    action: 'REPLY_REREVIEW',
    from: ['REREVIEW_ACCEPTED'],
    to: 'REREVIEW_REPLIED',
    sides: ['BUREAU'],
    requires: ['outcome', 'note', 'reviewOrgan', 'opinionNo'],
    clocks: { stop: ['D9'] },
    notice: 'REREVIEW_OPINION',
  },
  {
    action: 'TERMINATE',
    from: ['REREVIEW_REPLIED'],
    to: 'TERMINATED',
    sides: ['BUREAU'],
    requires: [],
    clocks: {},
    guard: (f) => (f.replyDelivered ? null : '复核意见书尚未送达信访人，不能终结'),
  },
  {
    action: 'ARCHIVE',
    from: ['DIVERTED', 'NOT_ACCEPTED', 'REJECTED_DUPLICATE', 'MEDIATED', 'CLOSED', 'TERMINATED'],
    to: 'ARCHIVED',
    sides: ['BUREAU'],
    requires: [],
    clocks: {},
    guard: (f) => (f.petitionerWindow ? '信访人申请复查（复核）的期限尚未届满，办结尚未生效，暂不能归档' : null),
  },
  // 督办 is a flag on any open state (Art 40).
  {
    action: 'SUPERVISE',
    from: OPEN_STATES,
    to: null,
    sides: ['SUPERVISION'],
    requires: ['supervisionLevel', 'note'],
    clocks: {},
  },
  {
    action: 'CANCEL_SUPERVISION',
    from: OPEN_STATES,
    to: null,
    sides: ['SUPERVISION'],
    requires: [],
    clocks: {},
    guard: (f) => (f.supervised ? null : '该事项未在督办中'),
  },
  // The assigned unit's 办结报告 (Art 22(三)), once it has a result; it stops D10.
  {
    action: 'REPORT_COMPLETION',
    from: [
      ...CLOSED_STATES.filter((s) => s !== 'ARCHIVED'),
      'REPLIED',
      'REVIEW_REQUESTED',
      'REVIEW_ACCEPTED',
      'REVIEW_REPLIED',
      'REREVIEW_REQUESTED',
      'REREVIEW_ACCEPTED',
      'HEARING',
      'REREVIEW_REPLIED',
    ],
    to: null,
    sides: ['HANDLING'],
    requires: ['note'],
    clocks: { stop: ['D10'] },
    guard: (f) => (f.feedbackDue ? null : '该事项没有待提交的办结报告（只有交办事项要求反馈，且只提交一次）'),
  },
];

const BY_ACTION = new Map(CASE_TRANSITIONS.map((rule) => [rule.action, rule]));

export function transitionRule(action: CaseAction): TransitionRule {
  const rule = BY_ACTION.get(action);
  if (!rule) throw new Error(`unknown action ${action}`);
  return rule;
}

/** Administrators administer; they take no intake, bureau or supervision decision. */
const BUREAU_ROLES: readonly Role[] = ['RECEPTION', 'SUPERVISOR'];

/** Whether the actor stands on one of the rule's sides. */
export function actorMayAct(sides: readonly ActorSide[], actor: WorkflowActor): boolean {
  return sides.some((side) => {
    switch (side) {
      case 'INTAKE':
        return actor.intakeOrgan && (BUREAU_ROLES.includes(actor.role) || actor.role === 'TOWNSHIP_OFFICER');
      case 'HANDLING':
        return actor.handlingUnitMember && actor.role !== 'ADMIN';
      case 'UNIT_HEAD':
        return actor.handlingUnitMember && actor.unitHead && actor.role !== 'ADMIN';
      case 'BUREAU':
        return actor.intakeOrgan && BUREAU_ROLES.includes(actor.role);
      case 'SUPERVISION':
        return actor.role === 'SUPERVISOR';
    }
  });
}

/**
 * The intake organ decides only while the matter is with it: once registered (again after a
 * return) and when the unit it sent the matter to objects. While a 转送/交办 matter awaits the
 * receiving unit, that unit alone decides (Arts 22, 23: the organ that received it, or was sent it).
 */
const INTAKE_STAGE: readonly CaseState[] = ['REGISTERED', 'OBJECTED'];

function sidesNow(rule: TransitionRule, state: CaseState): readonly ActorSide[] {
  return INTAKE_STAGE.includes(state) ? rule.sides : rule.sides.filter((side) => side !== 'INTAKE');
}

export type TransitionCheck = { allowed: true; to: CaseState } | { allowed: false; status: 403 | 409; reason: string };

/** Whether `action` may be taken now by `actor`; the reason, in Chinese, when it may not. */
export function checkTransition(action: CaseAction, facts: WorkflowFacts, actor: WorkflowActor): TransitionCheck {
  const rule = transitionRule(action);
  if (!rule.from.includes(facts.state)) return { allowed: false, status: 409, reason: `事项当前状态不允许“${ACTION_NAMES[action]}”` };
  if (!actorMayAct(sidesNow(rule, facts.state), actor)) return { allowed: false, status: 403, reason: `您无权对该事项执行“${ACTION_NAMES[action]}”` };
  const refused = rule.guard?.(facts) ?? null;
  if (refused) return { allowed: false, status: 409, reason: refused };
  const to = rule.to === null ? facts.state : typeof rule.to === 'function' ? rule.to(facts) : rule.to;
  return { allowed: true, to };
}

/** The actions the actor may take now: the buttons the case page shows. */
export function permittedActions(facts: WorkflowFacts, actor: WorkflowActor): CaseAction[] {
  return CASE_TRANSITIONS.filter((rule) => checkTransition(rule.action, facts, actor).allowed).map((rule) => rule.action);
}
