import fc from 'fast-check';
import {
  CASE_ACTION_LABELS,
  CASE_ACTIONS,
  CASE_STATES,
  CLOCK_CODES,
  NOTICE_KINDS,
  ROLES,
  type CaseAction,
  type CaseState,
  type CaseTransitionRequest,
  type ClockCode,
  type NoticeKind,
  type Role,
} from '@julu/contracts';
import {
  actorMayAct,
  type ActorSide,
  CASE_TRANSITIONS,
  checkTransition,
  type ClockEffects,
  CLOSED_STATES,
  OPEN_STATES,
  permittedActions,
  transitionRule,
  type TransitionRule,
  type WorkflowActor,
  type WorkflowFacts,
} from './case-transitions';
import { DEFAULT_CLOCK_RULES } from './clock-rules';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/**
 * Facts under which every guard passes (reply delivered, windows open, extension unused, supervised),
 * except that a closed case is closed for good (no petitioner's window still live).
 */
const facts = (state: CaseState, over: Partial<Omit<WorkflowFacts, 'state'>> = {}): WorkflowFacts => ({
  state,
  disposition: 'FORWARD',
  objectionWindowOpen: true,
  feedbackDue: true,
  extensionUsed: false,
  handlingPeriodRunning: true,
  reviewWindowOpen: true,
  petitionerWindow: state === 'REPLIED' ? 'D6' : state === 'REVIEW_REPLIED' ? 'D8' : null,
  replyDelivered: true,
  supervised: true,
  ...over,
});

/** Facts under which `action`'s guard passes in `state` (a request after a provisional 办结 needs its window live). */
const passing = (action: CaseAction, state: CaseState): WorkflowFacts => {
  if (state === 'CLOSED' && action === 'REQUEST_REVIEW') return facts(state, { petitionerWindow: 'D6' });
  if (state === 'CLOSED' && action === 'REQUEST_REREVIEW') return facts(state, { petitionerWindow: 'D8' });
  return facts(state);
};

const actor = (role: Role, flags: Partial<Omit<WorkflowActor, 'role'>> = {}): WorkflowActor => ({
  role,
  intakeOrgan: false,
  handlingUnitMember: false,
  unitHead: false,
  ...flags,
});

/** People as the API would describe them relative to one case. */
const P = {
  /** 接待中心 of the county bureau (every case of the county lies in its territory). */
  reception: actor('RECEPTION', { intakeOrgan: true }),
  /** 局领导/督查 of the county bureau. */
  bureauLeader: actor('SUPERVISOR', { intakeOrgan: true }),
  admin: actor('ADMIN', { intakeOrgan: true }),
  /** 乡镇信访干部 of the case's own township. */
  townshipOfficer: actor('TOWNSHIP_OFFICER', { intakeOrgan: true }),
  /** 乡镇信访干部 of another township. */
  foreignTownshipOfficer: actor('TOWNSHIP_OFFICER'),
  /** A township officer whose township is also the handling unit. */
  townshipHandling: actor('TOWNSHIP_OFFICER', { intakeOrgan: true, handlingUnitMember: true }),
  /** 责任单位 staff of the handling unit. */
  handler: actor('HANDLER', { handlingUnitMember: true }),
  /** The head (负责人) of the handling unit. */
  unitHead: actor('HANDLER', { handlingUnitMember: true, unitHead: true }),
  /** Staff of some other unit. */
  outsideHandler: actor('HANDLER'),
  /** The head of some other unit. */
  outsideUnitHead: actor('HANDLER', { unitHead: true }),
} satisfies Record<string, WorkflowActor>;

const BOOLS = [false, true] as const;
const DISPOSITIONS: readonly WorkflowFacts['disposition'][] = ['FORWARD', 'ASSIGN', null];
const SIDES: readonly ActorSide[] = ['INTAKE', 'HANDLING', 'UNIT_HEAD', 'BUREAU', 'SUPERVISION'];

/** Every actor the API can describe: 5 roles × 2³ flags = 40. */
const ALL_ACTORS: readonly WorkflowActor[] = ROLES.flatMap((role) =>
  BOOLS.flatMap((intakeOrgan) => BOOLS.flatMap((handlingUnitMember) => BOOLS.map((unitHead) => ({ role, intakeOrgan, handlingUnitMember, unitHead })))),
);

const WINDOWS: readonly WorkflowFacts['petitionerWindow'][] = [null, 'D6', 'D8'];

/**
 * Every fact combination for one state: 3 dispositions × 2⁷ flags, × 3 petitioner windows where a
 * window can be live (after a written reply, and while 办结 is provisional) = 384 or 1,152.
 */
const WINDOW_STATES: readonly CaseState[] = ['REPLIED', 'REVIEW_REPLIED', 'REREVIEW_REPLIED', 'CLOSED', 'ARCHIVED'];
const FLAGS = ['objectionWindowOpen', 'feedbackDue', 'extensionUsed', 'handlingPeriodRunning', 'reviewWindowOpen', 'replyDelivered', 'supervised'] as const;
const allFacts = (state: CaseState): WorkflowFacts[] =>
  DISPOSITIONS.flatMap((disposition) =>
    (WINDOW_STATES.includes(state) ? WINDOWS : [null]).flatMap((petitionerWindow) =>
      Array.from({ length: 2 ** FLAGS.length }, (_, bits) => {
        const flags = Object.fromEntries(FLAGS.map((flag, i) => [flag, (bits & (1 << i)) !== 0])) as Record<(typeof FLAGS)[number], boolean>;
        return { state, disposition, petitionerWindow, ...flags };
      }),
    ),
  );

const sorted = <T extends string>(values: readonly T[]): T[] => [...values].sort();
const describeActor = (a: WorkflowActor): string => `${a.role}${a.intakeOrgan ? '+intake' : ''}${a.handlingUnitMember ? '+member' : ''}${a.unitHead ? '+head' : ''}`;
const HAS_CHINESE = /[\u4e00-\u9fff]/;
const HANDLING_PERIOD_PASSED = '办理期限已届满，只有尚未届满的期限才能延长；超期事项按超期统计（《信访工作条例》第三十四条）';

const wrongStateReason = (action: CaseAction): string => `事项当前状态不允许“${CASE_ACTION_LABELS[action]}”`;
const forbiddenReason = (action: CaseAction): string => `您无权对该事项执行“${CASE_ACTION_LABELS[action]}”`;

// ---------------------------------------------------------------------------------------------
// The expected table: DOMAIN.md §1.10 read against the 2022 《信访工作条例》
// ---------------------------------------------------------------------------------------------

type Target = CaseState | 'UNCHANGED' | 'BY_DISPOSITION';
interface ExpectedRule {
  from: readonly CaseState[];
  to: Target;
  sides: readonly ActorSide[];
  requires: readonly string[];
  law: string;
}

const INTAKE_FROM: readonly CaseState[] = ['REGISTERED', 'FORWARDED', 'ASSIGNED'];
const TERMINAL_BEFORE_ARCHIVE: readonly CaseState[] = ['DIVERTED', 'NOT_ACCEPTED', 'REJECTED_DUPLICATE', 'MEDIATED', 'CLOSED', 'TERMINATED'];

const EXPECTED: Readonly<Record<CaseAction, ExpectedRule>> = {
  FORWARD: { from: ['REGISTERED'], to: 'FORWARDED', sides: ['INTAKE'], requires: ['handlingUnitId'], law: '第二十二条第一款（一）（二）；第二十三条第一款' },
  ASSIGN: { from: ['REGISTERED'], to: 'ASSIGNED', sides: ['INTAKE'], requires: ['handlingUnitId', 'feedbackDays'], law: '第二十二条第一款（三）：指定办理期限；第二十三条第一款' },
  ACCEPT: { from: INTAKE_FROM, to: 'ACCEPTED', sides: ['INTAKE', 'HANDLING'], requires: [], law: '第二十三条第二款、第三款' },
  NOT_ACCEPT: { from: INTAKE_FROM, to: 'NOT_ACCEPTED', sides: ['INTAKE', 'HANDLING'], requires: ['note', 'competentOrgan'], law: '第二十三条第一款' },
  REJECT_DUPLICATE: {
    from: INTAKE_FROM,
    to: 'REJECTED_DUPLICATE',
    sides: ['INTAKE', 'HANDLING'],
    requires: ['priorCaseId', 'sameMatterConfirmed', 'noReacceptanceGround', 'note'],
    law: '第十九条第三款；第三十六条第三款',
  },
  DIVERT: {
    from: [...INTAKE_FROM, 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED'],
    to: 'DIVERTED',
    sides: ['INTAKE', 'HANDLING'],
    requires: ['diversionRoute', 'competentOrgan', 'note'],
    law: '第二十二条第二款；第三十一条（一）至（五），受理后办理中亦然（第三十四条仅适用于第三十一条第六项）',
  },
  OBJECT: { from: ['FORWARDED', 'ASSIGNED'], to: 'OBJECTED', sides: ['HANDLING'], requires: ['note'], law: '第二十三条第三款' },
  RETURN: { from: ['OBJECTED'], to: 'REGISTERED', sides: ['INTAKE'], requires: ['note'], law: '第二十三条第三款' },
  OVERRULE_OBJECTION: { from: ['OBJECTED'], to: 'BY_DISPOSITION', sides: ['INTAKE'], requires: ['note'], law: '第二十三条第三款' },
  START_HANDLING: { from: ['ACCEPTED'], to: 'IN_PROGRESS', sides: ['HANDLING'], requires: [], law: '第三十一条（六）' },
  REQUEST_EXTENSION: { from: ['IN_PROGRESS'], to: 'EXTENSION_REQUESTED', sides: ['HANDLING'], requires: ['note', 'extensionDays'], law: '第三十四条' },
  APPROVE_EXTENSION: { from: ['EXTENSION_REQUESTED'], to: 'EXTENDED', sides: ['UNIT_HEAD'], requires: [], law: '第三十四条' },
  REJECT_EXTENSION: { from: ['EXTENSION_REQUESTED'], to: 'IN_PROGRESS', sides: ['UNIT_HEAD'], requires: ['note'], law: '第三十四条' },
  REPLY: { from: ['IN_PROGRESS', 'EXTENDED'], to: 'REPLIED', sides: ['HANDLING'], requires: ['outcome', 'note', 'legalBasis'], law: '第三十一条（六）；第三十二条' },
  MEDIATE: { from: ['IN_PROGRESS', 'EXTENDED'], to: 'MEDIATED', sides: ['HANDLING'], requires: ['settlementKind', 'note'], law: '第三十三条' },
  CLOSE: { from: ['REPLIED', 'REVIEW_REPLIED'], to: 'CLOSED', sides: ['HANDLING', 'BUREAU'], requires: ['closeReason'], law: '第三十五条、第三十六条（期限届满未申请）' },
  REQUEST_REVIEW: { from: ['REPLIED', 'CLOSED'], to: 'REVIEW_REQUESTED', sides: ['BUREAU'], requires: [], law: '第三十五条（办结后、期限内仍可申请）' },
  ACCEPT_REVIEW: { from: ['REVIEW_REQUESTED'], to: 'REVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], law: '第三十五条' },
  REPLY_REVIEW: {
    from: ['REVIEW_ACCEPTED'],
    to: 'REVIEW_REPLIED',
    sides: ['BUREAU'],
    requires: ['outcome', 'note', 'reviewOrgan', 'opinionNo'],
    law: '第三十五条（上一级机关出具，信访部门登记）',
  },
  REQUEST_REREVIEW: { from: ['REVIEW_REPLIED', 'CLOSED'], to: 'REREVIEW_REQUESTED', sides: ['BUREAU'], requires: [], law: '第三十六条第一款（办结后、期限内仍可申请）' },
  ACCEPT_REREVIEW: { from: ['REREVIEW_REQUESTED'], to: 'REREVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], law: '第三十六条第一款' },
  START_HEARING: { from: ['REREVIEW_ACCEPTED'], to: 'HEARING', sides: ['BUREAU'], requires: [], law: '第三十六条第二款' },
  END_HEARING: { from: ['HEARING'], to: 'REREVIEW_ACCEPTED', sides: ['BUREAU'], requires: [], law: '第三十六条第二款' },
  REPLY_REREVIEW: {
    from: ['REREVIEW_ACCEPTED'],
    to: 'REREVIEW_REPLIED',
    sides: ['BUREAU'],
    requires: ['outcome', 'note', 'reviewOrgan', 'opinionNo'],
    law: '第三十六条第一款（复查机关的上一级出具）',
  },
  TERMINATE: { from: ['REREVIEW_REPLIED'], to: 'TERMINATED', sides: ['BUREAU'], requires: [], law: '第三十六条第三款' },
  ARCHIVE: { from: TERMINAL_BEFORE_ARCHIVE, to: 'ARCHIVED', sides: ['BUREAU'], requires: [], law: 'DOMAIN.md §1.10（归档）' },
  SUPERVISE: { from: OPEN_STATES, to: 'UNCHANGED', sides: ['SUPERVISION'], requires: ['supervisionLevel', 'note'], law: '第四十条' },
  CANCEL_SUPERVISION: { from: OPEN_STATES, to: 'UNCHANGED', sides: ['SUPERVISION'], requires: [], law: '第四十条' },
  REPORT_COMPLETION: {
    from: [
      'DIVERTED',
      'NOT_ACCEPTED',
      'REJECTED_DUPLICATE',
      'MEDIATED',
      'CLOSED',
      'TERMINATED',
      'REPLIED',
      'REVIEW_REQUESTED',
      'REVIEW_ACCEPTED',
      'REVIEW_REPLIED',
      'REREVIEW_REQUESTED',
      'REREVIEW_ACCEPTED',
      'HEARING',
      'REREVIEW_REPLIED',
    ],
    to: 'UNCHANGED',
    sides: ['HANDLING'],
    requires: ['note'],
    law: '第二十二条第一款（三）：在指定办理期限内反馈结果，提交办结报告',
  },
};

/** The written documents (告知书/意见书) the 条例 requires, by the action that issues them. */
const EXPECTED_NOTICES: Readonly<Partial<Record<CaseAction, { notice: NoticeKind; law: string }>>> = {
  ACCEPT: { notice: 'ACCEPTANCE', law: '第二十三条第二款、第三款：书面告知信访人接收情况以及处理途径和程序' },
  NOT_ACCEPT: { notice: 'NON_ACCEPTANCE', law: '第二十三条第一款、第二款：书面告知信访人向有权处理的机关、单位提出' },
  DIVERT: { notice: 'NON_ACCEPTANCE', law: '第二十二条第二款、第三十一条：告知信访人依法定途径向有关机关提出' },
  REJECT_DUPLICATE: { notice: 'NO_REACCEPTANCE', law: '第十九条第三款、第三十六条第三款：不予受理／不再受理' },
  APPROVE_EXTENSION: { notice: 'EXTENSION', law: '第三十四条：告知信访人延期理由' },
  REPLY: { notice: 'HANDLING_OPINION', law: '第三十一条（六）、第三十二条：出具信访处理意见书' },
  REPLY_REVIEW: { notice: 'REVIEW_OPINION', law: '第三十五条：提出复查意见，并予以书面答复' },
  REPLY_REREVIEW: { notice: 'REREVIEW_OPINION', law: '第三十六条：提出复核意见' },
};

const EXPECTED_CLOCKS: Readonly<Record<CaseAction, ClockEffects>> = {
  FORWARD: { stop: ['D1', 'D2'], start: ['D3', 'D4'] },
  ASSIGN: { stop: ['D1', 'D2'], start: ['D3', 'D4', 'D10'] },
  ACCEPT: { stop: ['D1', 'D2', 'D3', 'D4'], start: ['D5'] },
  NOT_ACCEPT: { stop: ['D1', 'D2', 'D3', 'D4'] },
  REJECT_DUPLICATE: { stop: ['D1', 'D2', 'D3', 'D4'] },
  DIVERT: { stop: ['D1', 'D2', 'D3', 'D4', 'D5'] },
  OBJECT: { stop: ['D4'], pause: ['D3'] },
  RETURN: { stop: ['D3', 'D10'], start: ['D1'] },
  OVERRULE_OBJECTION: { resume: ['D3'] },
  START_HANDLING: {},
  REQUEST_EXTENSION: {},
  APPROVE_EXTENSION: { extend: ['D5'] },
  REJECT_EXTENSION: {},
  REPLY: { stop: ['D5'] },
  MEDIATE: { stop: ['D5'] },
  CLOSE: {},
  REQUEST_REVIEW: { stop: ['D6'], start: ['D7'] },
  ACCEPT_REVIEW: {},
  REPLY_REVIEW: { stop: ['D7'] },
  REQUEST_REREVIEW: { stop: ['D8'], start: ['D9'] },
  ACCEPT_REREVIEW: {},
  START_HEARING: { pause: ['D9'] },
  END_HEARING: { resume: ['D9'] },
  REPLY_REREVIEW: { stop: ['D9'] },
  TERMINATE: {},
  ARCHIVE: {},
  SUPERVISE: {},
  CANCEL_SUPERVISION: {},
  REPORT_COMPLETION: { stop: ['D10'] },
};

/** Every optional field of a transition request (a missing or extra key fails to compile). */
const REQUEST_FIELDS: Readonly<Record<Exclude<keyof CaseTransitionRequest, 'action' | 'expectedVersion'>, true>> = {
  note: true,
  handlingUnitId: true,
  feedbackDays: true,
  outcome: true,
  legalBasis: true,
  settlementKind: true,
  diversionRoute: true,
  competentOrgan: true,
  priorCaseId: true,
  sameMatterConfirmed: true,
  noReacceptanceGround: true,
  extensionDays: true,
  closeReason: true,
  supervisionLevel: true,
  reviewOrgan: true,
  opinionNo: true,
  receivedOn: true,
  requestedOn: true,
};

const isFlag = (action: CaseAction): boolean => transitionRule(action).to === null;

// ---------------------------------------------------------------------------------------------
// Graph helpers
// ---------------------------------------------------------------------------------------------

/** Every state a rule can lead to from `from` (a function target is asked for each disposition). */
function targetsOf(rule: TransitionRule, from: CaseState): CaseState[] {
  const { to } = rule;
  if (to === null) return [from];
  if (typeof to === 'function') return DISPOSITIONS.map((disposition) => to(facts(from, { disposition })));
  return [to];
}

/** Edges read straight from the table (a function target contributes every state it can return). */
function tableEdges(): Map<CaseState, Set<CaseState>> {
  const edges = new Map<CaseState, Set<CaseState>>(CASE_STATES.map((s) => [s, new Set<CaseState>()]));
  for (const rule of CASE_TRANSITIONS) {
    for (const from of rule.from) {
      const targets = targetsOf(rule, from);
      for (const to of targets) edges.get(from)?.add(to);
    }
  }
  return edges;
}

/** Edges some actor can actually take under some facts, according to checkTransition. */
function checkedEdges(factsFilter: (f: WorkflowFacts) => boolean = () => true): Map<CaseState, Set<CaseState>> {
  const edges = new Map<CaseState, Set<CaseState>>();
  for (const state of CASE_STATES) {
    const targets = new Set<CaseState>();
    for (const f of allFacts(state).filter(factsFilter)) {
      for (const action of CASE_ACTIONS) {
        for (const a of ALL_ACTORS) {
          const check = checkTransition(action, f, a);
          if (check.allowed) {
            targets.add(check.to);
            break;
          }
        }
      }
    }
    edges.set(state, targets);
  }
  return edges;
}

function reachable(edges: Map<CaseState, Set<CaseState>>, start: CaseState): Set<CaseState> {
  const seen = new Set<CaseState>([start]);
  const queue: CaseState[] = [start];
  while (queue.length) {
    const state = queue.shift() as CaseState;
    for (const next of edges.get(state) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const TABLE_EDGES = tableEdges();
const CHECKED_EDGES = checkedEdges();

// ---------------------------------------------------------------------------------------------
// The table itself
// ---------------------------------------------------------------------------------------------

describe('CASE_TRANSITIONS: the shape of the table', () => {
  it('has exactly one rule per action, in the order of CASE_ACTIONS (the order of the buttons)', () => {
    expect(CASE_TRANSITIONS.map((r) => r.action)).toEqual([...CASE_ACTIONS]);
  });

  it.each(CASE_ACTIONS)('%s: a non-empty `from` of distinct, known states and known sides', (action) => {
    const rule = transitionRule(action);
    expect(rule.from.length).toBeGreaterThan(0);
    expect(new Set(rule.from).size).toBe(rule.from.length);
    for (const s of rule.from) expect(CASE_STATES).toContain(s);
    expect(rule.sides.length).toBeGreaterThan(0);
    for (const side of rule.sides) expect(SIDES).toContain(side);
    if (typeof rule.to === 'string') expect(CASE_STATES).toContain(rule.to);
  });

  it.each(CASE_ACTIONS.map((a) => [a, EXPECTED[a].law] as const))('%s matches DOMAIN.md §1.10 (%s): from, to, sides, required fields', (action) => {
    const rule = transitionRule(action);
    const expected = EXPECTED[action];
    expect(sorted(rule.from)).toEqual(sorted(expected.from));
    expect(sorted(rule.sides)).toEqual(sorted(expected.sides));
    expect(sorted(rule.requires)).toEqual(sorted(expected.requires));
    if (expected.to === 'UNCHANGED') expect(rule.to).toBeNull();
    else if (expected.to === 'BY_DISPOSITION') expect(typeof rule.to).toBe('function');
    else expect(rule.to).toBe(expected.to);
  });

  it.each(CASE_ACTIONS)('%s requires only fields a transition request carries', (action) => {
    for (const field of transitionRule(action).requires) expect(Object.keys(REQUEST_FIELDS)).toContain(field);
  });

  it('transitionRule returns the table row itself', () => {
    for (const rule of CASE_TRANSITIONS) expect(transitionRule(rule.action)).toBe(rule);
  });

  it('transitionRule refuses an unknown action', () => {
    expect(() => transitionRule('TELEPORT' as CaseAction)).toThrow('unknown action TELEPORT');
  });

  it('only 督办, its cancellation and the 办结报告 are flag actions that leave the state as it is', () => {
    expect(CASE_ACTIONS.filter(isFlag)).toEqual(['SUPERVISE', 'CANCEL_SUPERVISION', 'REPORT_COMPLETION']);
  });

  it('no state-changing rule loops a state onto itself', () => {
    for (const rule of CASE_TRANSITIONS.filter((r) => r.to !== null)) {
      for (const from of rule.from) {
        for (const to of targetsOf(rule, from)) expect({ action: rule.action, from, to }).not.toEqual({ action: rule.action, from, to: from });
      }
    }
  });
});

describe('OPEN_STATES and CLOSED_STATES', () => {
  it('partition CASE_STATES: every state is exactly one of open or closed', () => {
    expect(sorted([...OPEN_STATES, ...CLOSED_STATES])).toEqual(sorted(CASE_STATES));
    expect(OPEN_STATES.filter((s) => CLOSED_STATES.includes(s))).toEqual([]);
    expect(new Set(OPEN_STATES).size).toBe(OPEN_STATES.length);
    expect(new Set(CLOSED_STATES).size).toBe(CLOSED_STATES.length);
  });

  it('the closed states are the outcomes that end the matter, plus ARCHIVED', () => {
    expect(sorted(CLOSED_STATES)).toEqual(sorted([...TERMINAL_BEFORE_ARCHIVE, 'ARCHIVED']));
  });

  it.each(CLOSED_STATES.filter((s) => s !== 'ARCHIVED' && s !== 'CLOSED'))('%s (closed) can only be archived', (state) => {
    // The 办结报告 of an assigned matter (Art 22(三)) may still follow: a flag, it leaves the state as it is.
    const leaving = CASE_TRANSITIONS.filter((r) => r.from.includes(state) && r.to !== null).map((r) => r.action);
    expect(leaving).toEqual(['ARCHIVE']);
  });

  it("Arts 35, 36: CLOSED is left by archiving, or by a 复查/复核 request while the petitioner's window is live", () => {
    // The 办结报告 of an assigned matter (Art 22(三)) may still follow: a flag, it leaves the state as it is.
    const leaving = CASE_TRANSITIONS.filter((r) => r.from.includes('CLOSED') && r.to !== null).map((r) => r.action);
    expect(leaving).toEqual(['REQUEST_REVIEW', 'REQUEST_REREVIEW', 'ARCHIVE']);
    for (const f of allFacts('CLOSED').filter((x) => x.petitionerWindow === null)) {
      for (const a of ALL_ACTORS) expect(permittedActions(f, a).filter((action) => action !== 'ARCHIVE' && action !== 'REPORT_COMPLETION')).toEqual([]);
    }
  });

  it('ARCHIVED is absorbing: no rule leaves it and no one may do anything there', () => {
    expect(CASE_TRANSITIONS.filter((r) => r.from.includes('ARCHIVED'))).toEqual([]);
    for (const a of ALL_ACTORS) for (const f of allFacts('ARCHIVED')) expect(permittedActions(f, a)).toEqual([]);
  });

  it.each(OPEN_STATES)('%s (open) has a state-changing way out and may be supervised', (state) => {
    const moves = CASE_TRANSITIONS.filter((r) => r.from.includes(state) && r.to !== null);
    expect(moves.length).toBeGreaterThan(0);
    expect(transitionRule('SUPERVISE').from).toContain(state);
    expect(transitionRule('CANCEL_SUPERVISION').from).toContain(state);
  });

  it('ARCHIVE starts from exactly the closed states other than ARCHIVED', () => {
    expect(sorted(transitionRule('ARCHIVE').from)).toEqual(sorted(CLOSED_STATES.filter((s) => s !== 'ARCHIVED')));
  });
});

// ---------------------------------------------------------------------------------------------
// Reachability
// ---------------------------------------------------------------------------------------------

describe('reachability (graph walk)', () => {
  it('the edges checkTransition allows for some actor and facts are exactly the edges of the table', () => {
    for (const state of CASE_STATES) {
      const fromTable = sorted([...(TABLE_EDGES.get(state) ?? [])].filter((to) => to !== state));
      const fromChecks = sorted([...(CHECKED_EDGES.get(state) ?? [])].filter((to) => to !== state));
      expect({ state, to: fromChecks }).toEqual({ state, to: fromTable });
    }
  });

  const fromRegistered = reachable(CHECKED_EDGES, 'REGISTERED');
  it.each(CASE_STATES)('%s is reachable from REGISTERED', (state) => {
    expect(fromRegistered.has(state)).toBe(true);
  });

  it.each(CASE_STATES.filter((s) => s !== 'ARCHIVED'))('ARCHIVED is reachable from %s', (state) => {
    expect(reachable(CHECKED_EDGES, state).has('ARCHIVED')).toBe(true);
  });

  it('structurally, no non-archived state is cut off from ARCHIVED', () => {
    const cutOff = CASE_STATES.filter((s) => s !== 'ARCHIVED' && !reachable(TABLE_EDGES, s).has('ARCHIVED'));
    expect(cutOff).toEqual([]);
  });

  it('where the law makes it impossible: until the current written reply is delivered, REPLIED, REVIEW_REPLIED and REREVIEW_REPLIED cannot move at all', () => {
    // CLOSE, REQUEST_REVIEW and REQUEST_REREVIEW all need the 意见书 delivered (Arts 35, 36 count
    // from its receipt), and so does TERMINATE (the 复核意见书 must reach the petitioner), so a case
    // whose reply is never delivered stays where it is.
    const undelivered = checkedEdges((f) => !f.replyDelivered);
    for (const state of ['REPLIED', 'REVIEW_REPLIED', 'REREVIEW_REPLIED'] as const) {
      expect([...(undelivered.get(state) ?? [])]).toEqual([state]);
      expect(reachable(undelivered, state).has('ARCHIVED')).toBe(false);
    }
    const stuck = CASE_STATES.filter((s) => s !== 'ARCHIVED' && !reachable(undelivered, s).has('ARCHIVED'));
    // The 复查 and 复核 states feed into REVIEW_REPLIED and REREVIEW_REPLIED only, so they share their fate.
    expect(sorted(stuck)).toEqual(
      sorted(['REPLIED', 'REVIEW_REQUESTED', 'REVIEW_ACCEPTED', 'REVIEW_REPLIED', 'REREVIEW_REQUESTED', 'REREVIEW_ACCEPTED', 'HEARING', 'REREVIEW_REPLIED']),
    );
  });

  it('once the review window of the petitioner has closed, a delivered reply can only be closed', () => {
    const windowClosed = checkedEdges((f) => f.replyDelivered && !f.reviewWindowOpen);
    for (const state of ['REPLIED', 'REVIEW_REPLIED'] as const) {
      expect(sorted([...(windowClosed.get(state) ?? [])].filter((to) => to !== state))).toEqual(['CLOSED']);
    }
  });

  describe('one-way streets of the 条例', () => {
    const INTAKE_STATES: readonly CaseState[] = ['REGISTERED', 'FORWARDED', 'ASSIGNED', 'OBJECTED'];

    it('受理 is final: from ACCEPTED on, the case never returns to intake', () => {
      for (const s of reachable(TABLE_EDGES, 'ACCEPTED')) expect(INTAKE_STATES).not.toContain(s);
    });

    it('an issued 处理意见书 is never reopened for handling: from REPLIED on, no handling state recurs', () => {
      for (const s of reachable(TABLE_EDGES, 'REPLIED')) expect(['ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED', 'EXTENDED', 'MEDIATED']).not.toContain(s);
    });

    it('after the 复核 reply only termination follows (Art 36 ¶3: 不再受理)', () => {
      expect(sorted([...reachable(TABLE_EDGES, 'REREVIEW_REPLIED')])).toEqual(['ARCHIVED', 'REREVIEW_REPLIED', 'TERMINATED']);
    });

    it('复查 precedes 复核: 复核 states are only reachable through REVIEW_REPLIED', () => {
      // From CLOSED a 复核 request needs the D8 window live, which only delivery in REVIEW_REPLIED starts.
      expect(checkTransition('REQUEST_REREVIEW', facts('CLOSED', { petitionerWindow: 'D6' }), P.reception)).toMatchObject({ allowed: false, status: 409 });
      const withoutReviewReply = new Map(
        [...TABLE_EDGES].map(([s, t]) => [s, new Set([...t].filter((to) => to !== 'REVIEW_REPLIED' && !(s === 'CLOSED' && to === 'REREVIEW_REQUESTED')))]),
      );
      const reached = reachable(withoutReviewReply, 'REGISTERED');
      for (const s of ['REREVIEW_REQUESTED', 'REREVIEW_ACCEPTED', 'HEARING', 'REREVIEW_REPLIED', 'TERMINATED'] as const) expect(reached.has(s)).toBe(false);
    });

    it('an extension is only reachable through a request, and only from IN_PROGRESS', () => {
      const into = CASE_STATES.filter((s) => TABLE_EDGES.get(s)?.has('EXTENDED') && s !== 'EXTENDED');
      expect(into).toEqual(['EXTENSION_REQUESTED']);
      const intoRequest = CASE_STATES.filter((s) => TABLE_EDGES.get(s)?.has('EXTENSION_REQUESTED') && s !== 'EXTENSION_REQUESTED');
      expect(intoRequest).toEqual(['IN_PROGRESS']);
      // and EXTENDED never leads back to IN_PROGRESS, so a second request is impossible by state too.
      expect(reachable(TABLE_EDGES, 'EXTENDED').has('IN_PROGRESS')).toBe(false);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Actors and sides
// ---------------------------------------------------------------------------------------------

describe('actorMayAct: who stands on which side', () => {
  const PERSONA_SIDES: [keyof typeof P, ActorSide[]][] = [
    ['reception', ['INTAKE', 'BUREAU']],
    ['bureauLeader', ['INTAKE', 'BUREAU', 'SUPERVISION']],
    ['admin', []],
    ['townshipOfficer', ['INTAKE']],
    ['foreignTownshipOfficer', []],
    ['townshipHandling', ['INTAKE', 'HANDLING']],
    ['handler', ['HANDLING']],
    ['unitHead', ['HANDLING', 'UNIT_HEAD']],
    ['outsideHandler', []],
    ['outsideUnitHead', []],
  ];

  it.each(PERSONA_SIDES)('%s stands on %j', (persona, sides) => {
    expect(SIDES.filter((side) => actorMayAct([side], P[persona]))).toEqual(sides);
  });

  /** The rule of each side, restated from the ActorSide documentation. */
  const ORACLE: Record<ActorSide, (a: WorkflowActor) => boolean> = {
    INTAKE: (a) => a.intakeOrgan && ['RECEPTION', 'SUPERVISOR', 'TOWNSHIP_OFFICER'].includes(a.role),
    HANDLING: (a) => a.handlingUnitMember && a.role !== 'ADMIN',
    UNIT_HEAD: (a) => a.handlingUnitMember && a.unitHead && a.role !== 'ADMIN',
    BUREAU: (a) => a.intakeOrgan && ['RECEPTION', 'SUPERVISOR'].includes(a.role),
    SUPERVISION: (a) => a.role === 'SUPERVISOR',
  };

  it.each(SIDES)('%s: all 40 actor descriptions', (side) => {
    for (const a of ALL_ACTORS) {
      expect({ actor: describeActor(a), allowed: actorMayAct([side], a) }).toEqual({ actor: describeActor(a), allowed: ORACLE[side](a) });
    }
  });

  it('several sides mean any of them; no sides means no one', () => {
    for (const a of ALL_ACTORS) {
      expect(actorMayAct(['INTAKE', 'HANDLING'], a)).toBe(actorMayAct(['INTAKE'], a) || actorMayAct(['HANDLING'], a));
      expect(actorMayAct(SIDES, a)).toBe(SIDES.some((s) => actorMayAct([s], a)));
      expect(actorMayAct([], a)).toBe(false);
    }
  });

  it('ADMIN is never on the HANDLING side, whatever its flags', () => {
    for (const a of ALL_ACTORS.filter((x) => x.role === 'ADMIN')) expect(actorMayAct(['HANDLING'], a)).toBe(false);
  });

  it('Arts 22, 23, 35, 36, 40: administrators administer; ADMIN is on no side, so it takes no intake, bureau or supervision decision', () => {
    for (const a of ALL_ACTORS.filter((x) => x.role === 'ADMIN')) expect(SIDES.filter((side) => actorMayAct([side], a))).toEqual([]);
    for (const action of ['FORWARD', 'ACCEPT', 'NOT_ACCEPT', 'DIVERT'] as const)
      expect(checkTransition(action, facts('REGISTERED'), P.admin)).toMatchObject({ allowed: false, status: 403 });
    expect(checkTransition('REQUEST_REVIEW', facts('REPLIED'), P.admin)).toMatchObject({ allowed: false, status: 403 });
    expect(checkTransition('TERMINATE', facts('REREVIEW_REPLIED'), P.admin)).toMatchObject({ allowed: false, status: 403 });
    expect(checkTransition('SUPERVISE', facts('IN_PROGRESS'), P.admin)).toMatchObject({ allowed: false, status: 403 });
  });

  it('a TOWNSHIP_OFFICER is never on the BUREAU or SUPERVISION side, even in its own township', () => {
    for (const a of ALL_ACTORS.filter((x) => x.role === 'TOWNSHIP_OFFICER')) {
      expect(actorMayAct(['BUREAU'], a)).toBe(false);
      expect(actorMayAct(['SUPERVISION'], a)).toBe(false);
    }
  });

  it('a HANDLER is never on the INTAKE, BUREAU or SUPERVISION side', () => {
    for (const a of ALL_ACTORS.filter((x) => x.role === 'HANDLER')) expect(actorMayAct(['INTAKE', 'BUREAU', 'SUPERVISION'], a)).toBe(false);
  });
});

describe('checkTransition: roles and sides (403)', () => {
  const HANDLING_ONLY = CASE_TRANSITIONS.filter((r) => r.sides.length === 1 && r.sides[0] === 'HANDLING');

  it('the HANDLING-only actions are objecting, starting, extending, replying, mediating and the 办结报告', () => {
    expect(HANDLING_ONLY.map((r) => r.action)).toEqual(['OBJECT', 'START_HANDLING', 'REQUEST_EXTENSION', 'REPLY', 'MEDIATE', 'REPORT_COMPLETION']);
  });

  it.each(HANDLING_ONLY.flatMap((r) => r.from.map((s) => [r.action, s] as const)))('%s in %s: a HANDLER outside the handling unit gets 403', (action, state) => {
    expect(checkTransition(action, facts(state), P.outsideHandler)).toEqual({ allowed: false, status: 403, reason: forbiddenReason(action) });
    expect(checkTransition(action, facts(state), P.outsideUnitHead)).toEqual({ allowed: false, status: 403, reason: forbiddenReason(action) });
    expect(checkTransition(action, facts(state), P.handler)).toEqual({ allowed: true, to: transitionRule(action).to ?? state });
  });

  it.each(HANDLING_ONLY.flatMap((r) => r.from.map((s) => [r.action, s] as const)))('%s in %s: ADMIN gets 403 even as a member of the unit', (action, state) => {
    for (const a of ALL_ACTORS.filter((x) => x.role === 'ADMIN')) expect(checkTransition(action, facts(state), a)).toMatchObject({ allowed: false, status: 403 });
  });

  const INTAKE_ACTIONS: [CaseAction, CaseState, CaseState][] = [
    ['FORWARD', 'REGISTERED', 'FORWARDED'],
    ['ASSIGN', 'REGISTERED', 'ASSIGNED'],
    ['ACCEPT', 'REGISTERED', 'ACCEPTED'],
    ['NOT_ACCEPT', 'REGISTERED', 'NOT_ACCEPTED'],
    ['REJECT_DUPLICATE', 'REGISTERED', 'REJECTED_DUPLICATE'],
    ['DIVERT', 'REGISTERED', 'DIVERTED'],
    ['RETURN', 'OBJECTED', 'REGISTERED'],
    ['OVERRULE_OBJECTION', 'OBJECTED', 'FORWARDED'],
  ];

  it.each(INTAKE_ACTIONS)('the township officer of the township of the case (Art 23) may %s in %s', (action, state, to) => {
    expect(checkTransition(action, facts(state), P.townshipOfficer)).toEqual({ allowed: true, to });
  });

  it.each(INTAKE_ACTIONS)('a township officer of another township may not %s in %s (403)', (action, state) => {
    expect(checkTransition(action, facts(state), P.foreignTownshipOfficer)).toEqual({ allowed: false, status: 403, reason: forbiddenReason(action) });
  });

  it.each(INTAKE_ACTIONS)('a HANDLER of the county is not an intake organ: %s in %s is 403', (action, state) => {
    expect(checkTransition(action, facts(state), actor('HANDLER', { intakeOrgan: true }))).toMatchObject({ allowed: false, status: 403 });
  });

  const BUREAU_ONLY = CASE_TRANSITIONS.filter((r) => r.sides.length === 1 && r.sides[0] === 'BUREAU');

  it('the BUREAU-only actions are the 复查/复核 steps, termination and archiving', () => {
    expect(BUREAU_ONLY.map((r) => r.action)).toEqual([
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
    ]);
  });

  it.each(BUREAU_ONLY.flatMap((r) => r.from.map((s) => [r.action, s] as const)))(
    '%s in %s: the township officer (intake organ) may not record it (403), the bureau may',
    (action, state) => {
      const f = passing(action, state);
      expect(checkTransition(action, f, P.townshipOfficer)).toEqual({ allowed: false, status: 403, reason: forbiddenReason(action) });
      expect(checkTransition(action, f, P.townshipHandling)).toMatchObject({ allowed: false, status: 403 });
      expect(checkTransition(action, f, P.unitHead)).toMatchObject({ allowed: false, status: 403 });
      expect(checkTransition(action, f, P.admin)).toMatchObject({ allowed: false, status: 403 });
      for (const who of [P.reception, P.bureauLeader]) expect(checkTransition(action, f, who)).toMatchObject({ allowed: true });
      // A bureau role outside the case's territory is not an intake organ for it.
      expect(checkTransition(action, f, actor('RECEPTION'))).toMatchObject({ allowed: false, status: 403 });
    },
  );

  it.each(['APPROVE_EXTENSION', 'REJECT_EXTENSION'] as const)('%s: only the head of the handling unit (Art 34: 本机关、单位负责人批准)', (action) => {
    const f = facts('EXTENSION_REQUESTED');
    const to = action === 'APPROVE_EXTENSION' ? 'EXTENDED' : 'IN_PROGRESS';
    expect(checkTransition(action, f, P.unitHead)).toEqual({ allowed: true, to });
    expect(checkTransition(action, f, actor('TOWNSHIP_OFFICER', { handlingUnitMember: true, unitHead: true }))).toEqual({ allowed: true, to });
    for (const who of [P.handler, P.outsideUnitHead, P.outsideHandler, P.reception, P.bureauLeader, P.townshipOfficer, P.townshipHandling]) {
      expect({ who: describeActor(who), check: checkTransition(action, f, who) }).toEqual({
        who: describeActor(who),
        check: { allowed: false, status: 403, reason: forbiddenReason(action) },
      });
    }
  });

  it('CLOSE may be recorded by the handling unit or the bureau, not by a township officer outside the unit', () => {
    for (const state of ['REPLIED', 'REVIEW_REPLIED'] as const) {
      for (const who of [P.handler, P.unitHead, P.townshipHandling, P.reception, P.bureauLeader]) {
        expect(checkTransition('CLOSE', facts(state), who)).toEqual({ allowed: true, to: 'CLOSED' });
      }
      for (const who of [P.townshipOfficer, P.outsideHandler, P.foreignTownshipOfficer, P.admin]) {
        expect(checkTransition('CLOSE', facts(state), who)).toEqual({ allowed: false, status: 403, reason: forbiddenReason('CLOSE') });
      }
    }
  });

  it.each(['SUPERVISE', 'CANCEL_SUPERVISION'] as const)('%s: only the bureau leaders, wherever the case lies (Art 40)', (action) => {
    for (const a of ALL_ACTORS) {
      const check = checkTransition(action, facts('IN_PROGRESS'), a);
      const expected = a.role === 'SUPERVISOR';
      expect({ who: describeActor(a), allowed: check.allowed }).toEqual({ who: describeActor(a), allowed: expected });
      if (!check.allowed) expect(check).toEqual({ allowed: false, status: 403, reason: forbiddenReason(action) });
    }
  });

  it('Arts 22, 23: once the matter is sent, the receiving unit decides on acceptance, not the organ that sent it', () => {
    for (const state of ['FORWARDED', 'ASSIGNED'] as const) {
      for (const action of ['ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT'] as const) {
        expect(checkTransition(action, facts(state), P.handler)).toMatchObject({ allowed: true });
        for (const sender of [P.reception, P.bureauLeader, P.townshipOfficer]) expect(checkTransition(action, facts(state), sender)).toMatchObject({ allowed: false, status: 403 });
        expect(checkTransition(action, facts(state), P.outsideHandler)).toMatchObject({ allowed: false, status: 403 });
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// State (409) and guards
// ---------------------------------------------------------------------------------------------

describe('checkTransition: wrong state (409)', () => {
  it.each(CASE_ACTIONS)('%s in any state outside its `from` is 409 with a Chinese reason naming the action', (action) => {
    const rule = transitionRule(action);
    const outside = CASE_STATES.filter((s) => !rule.from.includes(s));
    expect(outside.length).toBeGreaterThan(0);
    for (const state of outside) {
      for (const who of [P.admin, P.unitHead, P.townshipHandling]) {
        const check = checkTransition(action, facts(state), who);
        expect(check).toEqual({ allowed: false, status: 409, reason: wrongStateReason(action) });
      }
    }
    expect(wrongStateReason(action)).toMatch(HAS_CHINESE);
    expect(wrongStateReason(action)).toContain(CASE_ACTION_LABELS[action]);
  });

  it('the state is checked before the actor: a stranger in the wrong state gets 409, not 403', () => {
    expect(checkTransition('REPLY', facts('REGISTERED'), P.foreignTownshipOfficer)).toEqual({ allowed: false, status: 409, reason: '事项当前状态不允许“出具处理意见”' });
    expect(checkTransition('FORWARD', facts('ARCHIVED'), P.outsideHandler)).toEqual({ allowed: false, status: 409, reason: '事项当前状态不允许“转送”' });
  });

  it('the actor is checked before the guards: a stranger whose guard would also fail gets 403', () => {
    expect(checkTransition('OBJECT', facts('FORWARDED', { objectionWindowOpen: false }), P.outsideHandler)).toEqual({
      allowed: false,
      status: 403,
      reason: '您无权对该事项执行“提出异议”',
    });
    expect(checkTransition('CLOSE', facts('REPLIED', { replyDelivered: false }), P.outsideHandler)).toMatchObject({ status: 403 });
    expect(checkTransition('CANCEL_SUPERVISION', facts('REPLIED', { supervised: false }), P.reception)).toMatchObject({ status: 403 });
  });

  it('a closed case cannot be supervised (409)', () => {
    for (const state of CLOSED_STATES) {
      expect(checkTransition('SUPERVISE', facts(state), P.bureauLeader)).toEqual({ allowed: false, status: 409, reason: '事项当前状态不允许“督办”' });
    }
  });
});

describe('checkTransition: guards', () => {
  type GuardRow = [label: string, action: CaseAction, state: CaseState, who: WorkflowActor, over: Partial<WorkflowFacts>, reason: string];
  const REFUSED: GuardRow[] = [
    [
      'OBJECT after the 5-working-day window (forwarded)',
      'OBJECT',
      'FORWARDED',
      P.handler,
      { objectionWindowOpen: false },
      '提出异议的期限（收到之日起 5 个工作日）已过，应当依法受理或告知',
    ],
    [
      'OBJECT after the 5-working-day window (assigned)',
      'OBJECT',
      'ASSIGNED',
      P.handler,
      { objectionWindowOpen: false },
      '提出异议的期限（收到之日起 5 个工作日）已过，应当依法受理或告知',
    ],
    ['REQUEST_EXTENSION once the extension was used', 'REQUEST_EXTENSION', 'IN_PROGRESS', P.handler, { extensionUsed: true }, '办理期限只能延长一次（《信访工作条例》第三十四条）'],
    ['REQUEST_REVIEW before the reply is delivered', 'REQUEST_REVIEW', 'REPLIED', P.reception, { replyDelivered: false }, '处理意见书尚未送达，复查申请期限尚未起算'],
    [
      'REQUEST_REVIEW before delivery, even with the window "open"',
      'REQUEST_REVIEW',
      'REPLIED',
      P.reception,
      { replyDelivered: false, reviewWindowOpen: true },
      '处理意见书尚未送达，复查申请期限尚未起算',
    ],
    [
      'REQUEST_REVIEW before delivery, the window closed too (delivery is reported first)',
      'REQUEST_REVIEW',
      'REPLIED',
      P.reception,
      { replyDelivered: false, reviewWindowOpen: false },
      '处理意见书尚未送达，复查申请期限尚未起算',
    ],
    ['REQUEST_REVIEW after the 30-day window', 'REQUEST_REVIEW', 'REPLIED', P.reception, { reviewWindowOpen: false }, '申请复查的期限（收到处理意见书之日起 30 日）已过'],
    [
      'REQUEST_REREVIEW before the review reply is delivered',
      'REQUEST_REREVIEW',
      'REVIEW_REPLIED',
      P.reception,
      { replyDelivered: false },
      '复查意见书尚未送达，复核申请期限尚未起算',
    ],
    [
      'REQUEST_REREVIEW before delivery, the window closed too',
      'REQUEST_REREVIEW',
      'REVIEW_REPLIED',
      P.reception,
      { replyDelivered: false, reviewWindowOpen: false },
      '复查意见书尚未送达，复核申请期限尚未起算',
    ],
    [
      'REQUEST_REREVIEW after the 30-day window',
      'REQUEST_REREVIEW',
      'REVIEW_REPLIED',
      P.reception,
      { reviewWindowOpen: false },
      '申请复核的期限（收到复查意见书之日起 30 日）已过',
    ],
    ['CLOSE before the 处理意见书 is delivered', 'CLOSE', 'REPLIED', P.handler, { replyDelivered: false }, '意见书尚未送达信访人，不能办结'],
    ['CLOSE before the 复查意见书 is delivered', 'CLOSE', 'REVIEW_REPLIED', P.reception, { replyDelivered: false }, '意见书尚未送达信访人，不能办结'],
    ['CANCEL_SUPERVISION of a case not supervised', 'CANCEL_SUPERVISION', 'IN_PROGRESS', P.bureauLeader, { supervised: false }, '该事项未在督办中'],
    ['Art 34: REQUEST_EXTENSION once the 60 days have passed', 'REQUEST_EXTENSION', 'IN_PROGRESS', P.handler, { handlingPeriodRunning: false }, HANDLING_PERIOD_PASSED],
    ['Art 34: APPROVE_EXTENSION once the 60 days have passed', 'APPROVE_EXTENSION', 'EXTENSION_REQUESTED', P.unitHead, { handlingPeriodRunning: false }, HANDLING_PERIOD_PASSED],
    ['Art 35: REQUEST_REVIEW after 办结 once the window lapsed', 'REQUEST_REVIEW', 'CLOSED', P.reception, { petitionerWindow: null }, '事项已办结，且不在申请复查的期限内'],
    ['Art 35: REQUEST_REVIEW after 办结 of the 复查 stage', 'REQUEST_REVIEW', 'CLOSED', P.reception, { petitionerWindow: 'D8' }, '事项已办结，且不在申请复查的期限内'],
    [
      'Art 35: REQUEST_REVIEW after 办结, made after the 30 days',
      'REQUEST_REVIEW',
      'CLOSED',
      P.reception,
      { petitionerWindow: 'D6', reviewWindowOpen: false },
      '申请复查的期限（收到处理意见书之日起 30 日）已过',
    ],
    ['Art 36: REQUEST_REREVIEW after 办结 once the window lapsed', 'REQUEST_REREVIEW', 'CLOSED', P.reception, { petitionerWindow: null }, '事项已办结，且不在申请复核的期限内'],
    [
      'Art 36: REQUEST_REREVIEW after 办结, made after the 30 days',
      'REQUEST_REREVIEW',
      'CLOSED',
      P.reception,
      { petitionerWindow: 'D8', reviewWindowOpen: false },
      '申请复核的期限（收到复查意见书之日起 30 日）已过',
    ],
    [
      "Arts 35, 36: ARCHIVE while the petitioner's window is live",
      'ARCHIVE',
      'CLOSED',
      P.reception,
      { petitionerWindow: 'D6' },
      '信访人申请复查（复核）的期限尚未届满，办结尚未生效，暂不能归档',
    ],
    ['Art 36: TERMINATE before the 复核意见书 is delivered', 'TERMINATE', 'REREVIEW_REPLIED', P.reception, { replyDelivered: false }, '复核意见书尚未送达信访人，不能终结'],
  ];

  it.each(REFUSED)('%s: 409', (_label, action, state, who, over, reason) => {
    expect(checkTransition(action, facts(state, over), who)).toEqual({ allowed: false, status: 409, reason });
    expect(reason).toMatch(HAS_CHINESE);
  });

  it.each(OPEN_STATES)('CANCEL_SUPERVISION in %s is refused unless the case is supervised', (state) => {
    expect(checkTransition('CANCEL_SUPERVISION', facts(state, { supervised: false }), P.bureauLeader)).toEqual({ allowed: false, status: 409, reason: '该事项未在督办中' });
    expect(checkTransition('CANCEL_SUPERVISION', facts(state, { supervised: true }), P.bureauLeader)).toEqual({ allowed: true, to: state });
  });

  type PassRow = [label: string, action: CaseAction, state: CaseState, who: WorkflowActor, over: Partial<WorkflowFacts>, to: CaseState];
  const PASSED: PassRow[] = [
    ['OBJECT within the window', 'OBJECT', 'FORWARDED', P.handler, { objectionWindowOpen: true }, 'OBJECTED'],
    ['REQUEST_EXTENSION the first time', 'REQUEST_EXTENSION', 'IN_PROGRESS', P.handler, { extensionUsed: false }, 'EXTENSION_REQUESTED'],
    ['REQUEST_REVIEW delivered and in time', 'REQUEST_REVIEW', 'REPLIED', P.reception, { replyDelivered: true, reviewWindowOpen: true }, 'REVIEW_REQUESTED'],
    ['REQUEST_REREVIEW delivered and in time', 'REQUEST_REREVIEW', 'REVIEW_REPLIED', P.reception, { replyDelivered: true, reviewWindowOpen: true }, 'REREVIEW_REQUESTED'],
    ['CLOSE once delivered, window open (petitioner satisfied)', 'CLOSE', 'REPLIED', P.handler, { replyDelivered: true, reviewWindowOpen: true }, 'CLOSED'],
    ['CLOSE once delivered, window passed', 'CLOSE', 'REPLIED', P.handler, { replyDelivered: true, reviewWindowOpen: false }, 'CLOSED'],
    ['CLOSE after 复查 once delivered', 'CLOSE', 'REVIEW_REPLIED', P.bureauLeader, { replyDelivered: true }, 'CLOSED'],
    ['SUPERVISE a case already supervised (changing the level)', 'SUPERVISE', 'IN_PROGRESS', P.bureauLeader, { supervised: true }, 'IN_PROGRESS'],
    ['SUPERVISE a case not supervised', 'SUPERVISE', 'IN_PROGRESS', P.bureauLeader, { supervised: false }, 'IN_PROGRESS'],
    [
      'Art 35: REQUEST_REVIEW within 30 days after 办结 (信访人认可 waives nothing) reopens the case',
      'REQUEST_REVIEW',
      'CLOSED',
      P.reception,
      { petitionerWindow: 'D6' },
      'REVIEW_REQUESTED',
    ],
    [
      'Art 36: REQUEST_REREVIEW within 30 days after 办结 of the 复查 stage reopens the case',
      'REQUEST_REREVIEW',
      'CLOSED',
      P.reception,
      { petitionerWindow: 'D8' },
      'REREVIEW_REQUESTED',
    ],
    ['Art 34: APPROVE_EXTENSION while the period runs', 'APPROVE_EXTENSION', 'EXTENSION_REQUESTED', P.unitHead, { handlingPeriodRunning: true }, 'EXTENDED'],
    ['ARCHIVE once the window lapsed', 'ARCHIVE', 'CLOSED', P.reception, { petitionerWindow: null }, 'ARCHIVED'],
    ['Art 36: TERMINATE once the 复核意见书 is delivered', 'TERMINATE', 'REREVIEW_REPLIED', P.reception, { replyDelivered: true }, 'TERMINATED'],
  ];

  it.each(PASSED)('%s: allowed', (_label, action, state, who, over, to) => {
    expect(checkTransition(action, facts(state, over), who)).toEqual({ allowed: true, to });
  });

  it('Art 34: only a running period can be extended; a late case stays late (no request, no approval)', () => {
    expect(checkTransition('REQUEST_EXTENSION', facts('IN_PROGRESS', { handlingPeriodRunning: false }), P.handler)).toMatchObject({ allowed: false, status: 409 });
    expect(checkTransition('APPROVE_EXTENSION', facts('EXTENSION_REQUESTED', { handlingPeriodRunning: false }), P.unitHead)).toMatchObject({ allowed: false, status: 409 });
    // The head may still refuse a request that the expiry overtook, and the unit must still reply.
    expect(checkTransition('REJECT_EXTENSION', facts('EXTENSION_REQUESTED', { handlingPeriodRunning: false }), P.unitHead)).toEqual({ allowed: true, to: 'IN_PROGRESS' });
    expect(checkTransition('REPLY', facts('IN_PROGRESS', { handlingPeriodRunning: false }), P.handler)).toEqual({ allowed: true, to: 'REPLIED' });
  });

  it("Arts 35, 36: 办结 inside the petitioner's window leaves it running; a request within it is recordable after 办结", () => {
    expect(transitionRule('CLOSE').clocks).toEqual({});
    expect(checkTransition('REQUEST_REVIEW', facts('CLOSED', { petitionerWindow: 'D6' }), P.reception)).toEqual({ allowed: true, to: 'REVIEW_REQUESTED' });
    expect(checkTransition('REQUEST_REREVIEW', facts('CLOSED', { petitionerWindow: 'D8' }), P.reception)).toEqual({ allowed: true, to: 'REREVIEW_REQUESTED' });
    expect(permittedActions(facts('CLOSED', { petitionerWindow: 'D6' }), P.reception)).toEqual(['REQUEST_REVIEW']);
  });

  it('an extension already used blocks a new request, but never the approval or the reply', () => {
    expect(checkTransition('APPROVE_EXTENSION', facts('EXTENSION_REQUESTED', { extensionUsed: true }), P.unitHead)).toEqual({ allowed: true, to: 'EXTENDED' });
    expect(checkTransition('REPLY', facts('EXTENDED', { extensionUsed: true }), P.handler)).toEqual({ allowed: true, to: 'REPLIED' });
    expect(checkTransition('MEDIATE', facts('EXTENDED', { extensionUsed: true }), P.handler)).toEqual({ allowed: true, to: 'MEDIATED' });
  });

  it('a closed objection window still lets the unit accept or refuse (the law then obliges it to)', () => {
    for (const action of ['ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT'] as const) {
      expect(checkTransition(action, facts('FORWARDED', { objectionWindowOpen: false }), P.handler)).toMatchObject({ allowed: true });
    }
  });

  /** The facts each guard may look at; any other fact must not change its answer. */
  const GUARD_FACTS: Partial<Record<CaseAction, Exclude<keyof WorkflowFacts, 'state'>[]>> = {
    OBJECT: ['objectionWindowOpen'],
    REQUEST_EXTENSION: ['extensionUsed', 'handlingPeriodRunning'],
    APPROVE_EXTENSION: ['handlingPeriodRunning'],
    CLOSE: ['replyDelivered'],
    REQUEST_REVIEW: ['replyDelivered', 'reviewWindowOpen', 'petitionerWindow'],
    REQUEST_REREVIEW: ['replyDelivered', 'reviewWindowOpen', 'petitionerWindow'],
    TERMINATE: ['replyDelivered'],
    ARCHIVE: ['petitionerWindow'],
    CANCEL_SUPERVISION: ['supervised'],
    REPORT_COMPLETION: ['feedbackDue'],
  };

  it('the guarded actions are exactly those of GUARD_FACTS', () => {
    expect(sorted(CASE_TRANSITIONS.filter((r) => r.guard).map((r) => r.action))).toEqual(sorted(Object.keys(GUARD_FACTS) as CaseAction[]));
  });

  it('no unguarded action depends on the facts other than the state (and the disposition for OVERRULE_OBJECTION)', () => {
    for (const rule of CASE_TRANSITIONS.filter((r) => !r.guard)) {
      for (const state of rule.from) {
        const who = ALL_ACTORS.find((a) => actorMayAct(rule.sides, a)) as WorkflowActor;
        const relevant = allFacts(state).filter((f) => rule.action !== 'OVERRULE_OBJECTION' || f.disposition === 'FORWARD');
        const results = new Set(relevant.map((f) => JSON.stringify(checkTransition(rule.action, f, who))));
        expect({ action: rule.action, state, results: results.size }).toEqual({ action: rule.action, state, results: 1 });
      }
    }
  });

  it('each guard depends only on its own facts (property)', () => {
    const arbitraryFacts = fc.record({
      disposition: fc.constantFrom<WorkflowFacts['disposition']>('FORWARD', 'ASSIGN', null),
      objectionWindowOpen: fc.boolean(),
      feedbackDue: fc.boolean(),
      extensionUsed: fc.boolean(),
      handlingPeriodRunning: fc.boolean(),
      reviewWindowOpen: fc.boolean(),
      petitionerWindow: fc.constantFrom<WorkflowFacts['petitionerWindow']>(null, 'D6', 'D8'),
      replyDelivered: fc.boolean(),
      supervised: fc.boolean(),
    });
    for (const [action, own] of Object.entries(GUARD_FACTS) as [CaseAction, Exclude<keyof WorkflowFacts, 'state'>[]][]) {
      const guard = transitionRule(action).guard;
      expect(guard).toBeDefined();
      fc.assert(
        fc.property(fc.constantFrom(...transitionRule(action).from), arbitraryFacts, arbitraryFacts, (state, a, b) => {
          const mixed: WorkflowFacts = { ...b, state };
          for (const key of own) Object.assign(mixed, { [key]: a[key] });
          expect(guard?.({ ...a, state })).toBe(guard?.(mixed));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('checkTransition: targets', () => {
  it.each(CASE_TRANSITIONS.filter((r) => typeof r.to === 'string').flatMap((r) => r.from.map((s) => [r.action, s, r.to as CaseState] as const)))(
    '%s from %s leads to %s',
    (action, state, to) => {
      const who = ALL_ACTORS.find((a) => checkTransition(action, passing(action, state), a).allowed);
      expect(who).toBeDefined();
      if (who) expect(checkTransition(action, passing(action, state), who)).toEqual({ allowed: true, to });
    },
  );

  it.each([
    ['ASSIGN', 'ASSIGNED'],
    ['FORWARD', 'FORWARDED'],
    [null, 'FORWARDED'],
  ] as const)('OVERRULE_OBJECTION with disposition %s restores %s', (disposition, to) => {
    expect(checkTransition('OVERRULE_OBJECTION', facts('OBJECTED', { disposition }), P.reception)).toEqual({ allowed: true, to });
  });

  it('RETURN sends the matter back to REGISTERED whatever the disposition (the sender re-disposes, Art 23 ¶3)', () => {
    for (const disposition of DISPOSITIONS) expect(checkTransition('RETURN', facts('OBJECTED', { disposition }), P.reception)).toEqual({ allowed: true, to: 'REGISTERED' });
  });

  it.each(OPEN_STATES)('SUPERVISE and CANCEL_SUPERVISION leave %s unchanged', (state) => {
    for (const supervised of BOOLS) {
      expect(checkTransition('SUPERVISE', facts(state, { supervised }), P.bureauLeader)).toEqual({ allowed: true, to: state });
    }
    expect(checkTransition('CANCEL_SUPERVISION', facts(state, { supervised: true }), P.bureauLeader)).toEqual({ allowed: true, to: state });
  });

  it('START_HEARING and END_HEARING go back and forth without leaving 复核', () => {
    expect(checkTransition('START_HEARING', facts('REREVIEW_ACCEPTED'), P.reception)).toEqual({ allowed: true, to: 'HEARING' });
    expect(checkTransition('END_HEARING', facts('HEARING'), P.reception)).toEqual({ allowed: true, to: 'REREVIEW_ACCEPTED' });
    expect(checkTransition('REPLY_REREVIEW', facts('HEARING'), P.reception)).toMatchObject({ allowed: false, status: 409 });
  });

  it('an allowed result always names a known state (all facts, all actors)', () => {
    for (const state of CASE_STATES) {
      for (const f of allFacts(state)) {
        for (const action of CASE_ACTIONS) {
          for (const a of [P.admin, P.unitHead, P.townshipHandling]) {
            const check = checkTransition(action, f, a);
            if (check.allowed) expect(CASE_STATES).toContain(check.to);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// permittedActions
// ---------------------------------------------------------------------------------------------

describe('permittedActions', () => {
  const arbitraryFacts: fc.Arbitrary<WorkflowFacts> = fc.record({
    state: fc.constantFrom(...CASE_STATES),
    disposition: fc.constantFrom<WorkflowFacts['disposition']>('FORWARD', 'ASSIGN', null),
    objectionWindowOpen: fc.boolean(),
    feedbackDue: fc.boolean(),
    extensionUsed: fc.boolean(),
    handlingPeriodRunning: fc.boolean(),
    reviewWindowOpen: fc.boolean(),
    petitionerWindow: fc.constantFrom<WorkflowFacts['petitionerWindow']>(null, 'D6', 'D8'),
    replyDelivered: fc.boolean(),
    supervised: fc.boolean(),
  });
  const arbitraryActor: fc.Arbitrary<WorkflowActor> = fc.record({
    role: fc.constantFrom(...ROLES),
    intakeOrgan: fc.boolean(),
    handlingUnitMember: fc.boolean(),
    unitHead: fc.boolean(),
  });

  it('equals the actions checkTransition allows, in table order (property)', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryActor, (f, a) => {
        expect(permittedActions(f, a)).toEqual(CASE_ACTIONS.filter((action) => checkTransition(action, f, a).allowed));
      }),
      { numRuns: 2000 },
    );
  });

  it('every permitted action is one whose `from` holds the state and whose sides hold the actor (property)', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryActor, (f, a) => {
        for (const action of permittedActions(f, a)) {
          const rule = transitionRule(action);
          expect(rule.from).toContain(f.state);
          expect(actorMayAct(rule.sides, a)).toBe(true);
          expect(rule.guard?.(f) ?? null).toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the actions checkTransition allows over every fact and actor combination (exhaustive)', () => {
    for (const state of CASE_STATES) {
      for (const f of allFacts(state)) {
        for (const a of ALL_ACTORS) {
          const expected = CASE_ACTIONS.filter((action) => checkTransition(action, f, a).allowed);
          expect(permittedActions(f, a)).toEqual(expected);
        }
      }
    }
  });

  type ButtonsRow = [label: string, state: CaseState, over: Partial<WorkflowFacts>, who: WorkflowActor, buttons: CaseAction[]];
  const BUTTONS: ButtonsRow[] = [
    ['reception, just registered', 'REGISTERED', { supervised: false }, P.reception, ['FORWARD', 'ASSIGN', 'ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT']],
    [
      'bureau leader, just registered',
      'REGISTERED',
      { supervised: false },
      P.bureauLeader,
      ['FORWARD', 'ASSIGN', 'ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT', 'SUPERVISE'],
    ],
    [
      'bureau leader, supervised',
      'REGISTERED',
      { supervised: true },
      P.bureauLeader,
      ['FORWARD', 'ASSIGN', 'ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT', 'SUPERVISE', 'CANCEL_SUPERVISION'],
    ],
    ['township officer, just registered', 'REGISTERED', {}, P.townshipOfficer, ['FORWARD', 'ASSIGN', 'ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT']],
    ['handling unit, forwarded, window open', 'FORWARDED', {}, P.handler, ['ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT', 'OBJECT']],
    ['handling unit, assigned, window closed', 'ASSIGNED', { objectionWindowOpen: false }, P.handler, ['ACCEPT', 'NOT_ACCEPT', 'REJECT_DUPLICATE', 'DIVERT']],
    ['handling unit, objection pending', 'OBJECTED', {}, P.handler, []],
    ['reception, objection pending', 'OBJECTED', { supervised: false }, P.reception, ['RETURN', 'OVERRULE_OBJECTION']],
    ['handling unit, accepted', 'ACCEPTED', {}, P.unitHead, ['DIVERT', 'START_HANDLING']],
    ['handling unit, in progress', 'IN_PROGRESS', {}, P.handler, ['DIVERT', 'REQUEST_EXTENSION', 'REPLY', 'MEDIATE']],
    ['handling unit, in progress, extension used', 'IN_PROGRESS', { extensionUsed: true }, P.handler, ['DIVERT', 'REPLY', 'MEDIATE']],
    ['handling unit, in progress, 60 days passed', 'IN_PROGRESS', { handlingPeriodRunning: false }, P.handler, ['DIVERT', 'REPLY', 'MEDIATE']],
    ['unit head, extension requested', 'EXTENSION_REQUESTED', {}, P.unitHead, ['APPROVE_EXTENSION', 'REJECT_EXTENSION']],
    ['plain handler, extension requested', 'EXTENSION_REQUESTED', {}, P.handler, []],
    ['handling unit, extended', 'EXTENDED', {}, P.handler, ['DIVERT', 'REPLY', 'MEDIATE']],
    ['handling unit, replied, delivered', 'REPLIED', {}, P.handler, ['CLOSE', 'REPORT_COMPLETION']],
    ['handling unit, replied, not delivered', 'REPLIED', { replyDelivered: false }, P.handler, ['REPORT_COMPLETION']],
    ['handling unit, replied, not assigned (no 办结报告 due)', 'REPLIED', { feedbackDue: false }, P.handler, ['CLOSE']],
    ['reception, replied, delivered, in time', 'REPLIED', { supervised: false }, P.reception, ['CLOSE', 'REQUEST_REVIEW']],
    ['reception, replied, window passed', 'REPLIED', { reviewWindowOpen: false, supervised: false }, P.reception, ['CLOSE']],
    ['reception, review requested', 'REVIEW_REQUESTED', { supervised: false }, P.reception, ['ACCEPT_REVIEW']],
    ['reception, reviewing', 'REVIEW_ACCEPTED', { supervised: false }, P.reception, ['REPLY_REVIEW']],
    ['reception, review replied', 'REVIEW_REPLIED', { supervised: false }, P.reception, ['CLOSE', 'REQUEST_REREVIEW']],
    ['reception, re-review requested', 'REREVIEW_REQUESTED', { supervised: false }, P.reception, ['ACCEPT_REREVIEW']],
    ['reception, re-reviewing', 'REREVIEW_ACCEPTED', { supervised: false }, P.reception, ['START_HEARING', 'REPLY_REREVIEW']],
    ['reception, hearing', 'HEARING', { supervised: false }, P.reception, ['END_HEARING']],
    ['reception, re-review replied', 'REREVIEW_REPLIED', { supervised: false }, P.reception, ['TERMINATE']],
    ['reception, closed', 'CLOSED', {}, P.reception, ['ARCHIVE']],
    ['reception, closed inside the 复查 window', 'CLOSED', { petitionerWindow: 'D6' }, P.reception, ['REQUEST_REVIEW']],
    ['reception, closed inside the 复核 window', 'CLOSED', { petitionerWindow: 'D8' }, P.reception, ['REQUEST_REREVIEW']],
    ['bureau leader, closed and still flagged as supervised', 'CLOSED', { supervised: true }, P.bureauLeader, ['ARCHIVE']],
    ['handling unit, closed', 'CLOSED', {}, P.handler, ['REPORT_COMPLETION']],
    ['township officer, not accepted', 'NOT_ACCEPTED', {}, P.townshipOfficer, []],
    ['admin, mediated', 'MEDIATED', {}, P.admin, []],
    ['anyone, archived', 'ARCHIVED', {}, P.admin, []],
  ];

  it.each(BUTTONS)('%s: %j', (_label, state, over, who, buttons) => {
    expect(permittedActions(facts(state, over), who)).toEqual(buttons);
  });

  it('an outsider (another township, another unit) sees no buttons in any state', () => {
    for (const state of CASE_STATES) {
      for (const f of allFacts(state)) {
        expect(permittedActions(f, P.foreignTownshipOfficer)).toEqual([]);
        expect(permittedActions(f, P.outsideHandler)).toEqual([]);
        expect(permittedActions(f, P.outsideUnitHead)).toEqual([]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Notices
// ---------------------------------------------------------------------------------------------

describe('notices (告知书 / 意见书)', () => {
  it('the actions that issue a written notice are exactly those the 条例 requires one for', () => {
    const issued = Object.fromEntries(CASE_TRANSITIONS.filter((r) => r.notice).map((r) => [r.action, r.notice]));
    const expected = Object.fromEntries(Object.entries(EXPECTED_NOTICES).map(([action, v]) => [action, v?.notice]));
    expect(issued).toEqual(expected);
  });

  it.each(CASE_TRANSITIONS.filter((r) => r.notice).map((r) => [r.action, r.notice, EXPECTED_NOTICES[r.action]?.law] as const))(
    '%s issues %s because the law requires it: %s',
    (action, notice, law) => {
      expect(NOTICE_KINDS).toContain(notice);
      expect(law).toMatch(/第.+条/);
      // A notice is only issued by an action that changes the state of the matter.
      expect(transitionRule(action).to).not.toBeNull();
    },
  );

  it('every kind of notice is issued by some action', () => {
    const issued = new Set(CASE_TRANSITIONS.map((r) => r.notice).filter(Boolean));
    for (const kind of NOTICE_KINDS) expect(issued.has(kind)).toBe(true);
  });

  it('the 意见书 actions are the ones that record an outcome, and each needs delivery before the next step', () => {
    const opinions = CASE_TRANSITIONS.filter((r) => r.notice?.endsWith('_OPINION')).map((r) => r.action);
    expect(opinions).toEqual(['REPLY', 'REPLY_REVIEW', 'REPLY_REREVIEW']);
    for (const action of opinions) expect(transitionRule(action).requires).toContain('outcome');
  });

  it('flags, internal steps and the objection procedure issue no notice to the petitioner', () => {
    for (const action of [
      'OBJECT',
      'RETURN',
      'OVERRULE_OBJECTION',
      'START_HANDLING',
      'REQUEST_EXTENSION',
      'REJECT_EXTENSION',
      'SUPERVISE',
      'CANCEL_SUPERVISION',
      'ARCHIVE',
      'START_HEARING',
      'END_HEARING',
    ] as const) {
      expect(transitionRule(action).notice).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Clock effects
// ---------------------------------------------------------------------------------------------

type ClockStatus = 'NONE' | 'RUNNING' | 'PAUSED' | 'STOPPED';
type Clocks = Readonly<Record<ClockCode, ClockStatus>>;
const EFFECT_KEYS = ['start', 'stop', 'pause', 'resume', 'extend'] as const;

describe('clock effects (DOMAIN.md §1.9)', () => {
  it.each(CASE_ACTIONS)('%s: start/stop/pause/resume/extend as §1.9 sets them', (action) => {
    const actual = transitionRule(action).clocks;
    const normalise = (c: ClockEffects) => Object.fromEntries(EFFECT_KEYS.filter((k) => c[k]?.length).map((k) => [k, sorted(c[k] ?? [])]));
    expect(normalise(actual)).toEqual(normalise(EXPECTED_CLOCKS[action]));
  });

  it('every clock a rule names is one of D1–D9 with a default rule, and no rule names a clock twice', () => {
    const defaults = DEFAULT_CLOCK_RULES.map((r) => r.code);
    for (const rule of CASE_TRANSITIONS) {
      const named = EFFECT_KEYS.flatMap((k) => rule.clocks[k] ?? []);
      expect(new Set(named).size).toBe(named.length);
      for (const code of named) {
        expect(CLOCK_CODES).toContain(code);
        expect(defaults).toContain(code);
      }
    }
  });

  it('only D5 can be extended (Art 34); only D3 (objection) and D9 (hearing, Art 36 ¶2) pause', () => {
    const all = (key: (typeof EFFECT_KEYS)[number]) => sorted([...new Set(CASE_TRANSITIONS.flatMap((r) => r.clocks[key] ?? []))]);
    expect(all('extend')).toEqual(['D5']);
    expect(all('pause')).toEqual(['D3', 'D9']);
    expect(all('resume')).toEqual(['D3', 'D9']);
  });

  it('the windows of the petitioner (D6, D8) are never started by a transition: they start on delivery of the written reply', () => {
    const petitionerClocks = DEFAULT_CLOCK_RULES.filter((r) => r.party === 'PETITIONER').map((r) => r.code);
    expect(petitionerClocks).toEqual(['D6', 'D8']);
    for (const rule of CASE_TRANSITIONS) for (const code of rule.clocks.start ?? []) expect(petitionerClocks).not.toContain(code);
  });

  it('every organ clock that is started is stopped by some other action', () => {
    const started = new Set(CASE_TRANSITIONS.flatMap((r) => r.clocks.start ?? []));
    const stopped = new Set(CASE_TRANSITIONS.flatMap((r) => r.clocks.stop ?? []));
    for (const code of started) expect(stopped.has(code)).toBe(true);
  });

  /**
   * Walks every path of the table from registration, tracking each clock's status, with the two
   * events outside the table: registration starts D1 (the bureau) or D2 (a township, Art 23 ¶2),
   * and delivery of the reply starts D6 in REPLIED and D8 in REVIEW_REPLIED.
   */
  function simulate(): { violations: string[]; live: Map<CaseState, Set<string>> } {
    const violations: string[] = [];
    const live = new Map<CaseState, Set<string>>();
    const none = Object.fromEntries(CLOCK_CODES.map((c) => [c, 'NONE'])) as Record<ClockCode, ClockStatus>;
    const queue: [CaseState, Clocks][] = [
      ['REGISTERED', { ...none, D1: 'RUNNING' }],
      ['REGISTERED', { ...none, D2: 'RUNNING' }],
    ];
    const seen = new Set<string>();
    while (queue.length) {
      const [state, clocks] = queue.shift() as [CaseState, Clocks];
      const key = `${state}:${JSON.stringify(clocks)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // D10 (交办 feedback) runs beside the case's own clocks from 交办 to the 办结报告, whatever the state.
      const running = CLOCK_CODES.filter((c) => c !== 'D10' && (clocks[c] === 'RUNNING' || clocks[c] === 'PAUSED')).map((c) => `${c}${clocks[c] === 'PAUSED' ? '(paused)' : ''}`);
      const states = live.get(state) ?? new Set<string>();
      states.add(running.join(','));
      live.set(state, states);
      // Outside the table: the sweep lapses a petitioner's window still running after a provisional 办结.
      if (state === 'CLOSED' && (clocks.D6 === 'RUNNING' || clocks.D8 === 'RUNNING')) {
        queue.push([state, { ...clocks, D6: clocks.D6 === 'RUNNING' ? 'STOPPED' : clocks.D6, D8: clocks.D8 === 'RUNNING' ? 'STOPPED' : clocks.D8 }]);
      }
      const windowLive = (code: ClockCode): boolean => clocks[code] === 'RUNNING';
      const guardedOut = (rule: TransitionRule): boolean =>
        state === 'CLOSED' &&
        ((rule.action === 'ARCHIVE' && (windowLive('D6') || windowLive('D8'))) ||
          (rule.action === 'REQUEST_REVIEW' && !windowLive('D6')) ||
          (rule.action === 'REQUEST_REREVIEW' && !windowLive('D8')));
      for (const rule of CASE_TRANSITIONS.filter((r) => r.from.includes(state) && !guardedOut(r))) {
        const next: Record<ClockCode, ClockStatus> = { ...clocks };
        const where = `${rule.action} in ${state} with ${running.join(',') || 'no clock'}`;
        for (const c of rule.clocks.stop ?? []) if (next[c] === 'RUNNING' || next[c] === 'PAUSED') next[c] = 'STOPPED';
        for (const c of rule.clocks.pause ?? []) {
          if (next[c] !== 'RUNNING') violations.push(`${where}: pauses ${c} which is ${next[c]}`);
          next[c] = 'PAUSED';
        }
        for (const c of rule.clocks.resume ?? []) {
          if (next[c] !== 'PAUSED') violations.push(`${where}: resumes ${c} which is ${next[c]}`);
          next[c] = 'RUNNING';
        }
        for (const c of rule.clocks.extend ?? []) if (next[c] !== 'RUNNING') violations.push(`${where}: extends ${c} which is ${next[c]}`);
        for (const c of rule.clocks.start ?? []) {
          if (next[c] === 'RUNNING' || next[c] === 'PAUSED') violations.push(`${where}: starts ${c} which is already ${next[c]}`);
          next[c] = 'RUNNING';
        }
        const targets = targetsOf(rule, state);
        for (const to of targets) {
          const delivered = { ...next };
          if (to === 'REPLIED' && to !== state) delivered.D6 = 'RUNNING';
          if (to === 'REVIEW_REPLIED' && to !== state) delivered.D8 = 'RUNNING';
          queue.push([to, delivered]);
        }
      }
    }
    return { violations, live };
  }

  const { violations, live } = simulate();

  it('no transition pauses, resumes, extends or starts a clock in the wrong status, on any path', () => {
    expect(violations).toEqual([]);
  });

  it('the clocks running in each state are the ones the law runs there; closed states run none', () => {
    const EXPECTED_LIVE: Record<CaseState, string[]> = {
      REGISTERED: ['D1', 'D2'],
      FORWARDED: ['D3,D4', 'D3'],
      ASSIGNED: ['D3,D4', 'D3'],
      OBJECTED: ['D3(paused)'],
      ACCEPTED: ['D5'],
      IN_PROGRESS: ['D5'],
      EXTENSION_REQUESTED: ['D5'],
      EXTENDED: ['D5'],
      REPLIED: ['D6'],
      REVIEW_REQUESTED: ['D7'],
      REVIEW_ACCEPTED: ['D7'],
      REVIEW_REPLIED: ['D8'],
      REREVIEW_REQUESTED: ['D9'],
      REREVIEW_ACCEPTED: ['D9'],
      HEARING: ['D9(paused)'],
      REREVIEW_REPLIED: [''],
      DIVERTED: [''],
      NOT_ACCEPTED: [''],
      REJECTED_DUPLICATE: [''],
      MEDIATED: [''],
      // Closed inside the petitioner's window: the window runs on until it lapses (Arts 35, 36).
      CLOSED: ['', 'D6', 'D8'],
      TERMINATED: [''],
      ARCHIVED: [''],
    };
    for (const state of CASE_STATES) {
      expect({ state, live: sorted([...(live.get(state) ?? [])]) }).toEqual({ state, live: sorted(EXPECTED_LIVE[state]) });
    }
  });
});
