// The workflow records of each case plan — timeline events, legal clocks, notices, evaluations —
// consistent with the case's state: a stopped clock for every completed stage, a running one for
// the current stage (overdue when its last day has passed), the notice of each decision.
import { addDays, chinaDate, DAY } from './case-plan.mjs';
import { personName } from './people.mjs';
import { rng, uuidFor } from './random.mjs';

/** The transitions case `plan` went through by the generation date, REGISTER first. */
export function caseSteps(plan, ctx) {
  const f = plan.flow;
  const steps = [{ action: 'REGISTER', from: null, to: 'REGISTERED', at: plan.registeredMs }];
  const chain =
    plan.lawRelated && f.divertAt
      ? [{ action: 'DIVERT', from: 'REGISTERED', to: 'DIVERTED', at: f.divertAt }]
      : [
          { action: 'FORWARD', from: 'REGISTERED', to: 'FORWARDED', at: f.forwardAt },
          { action: 'ACCEPT', from: 'FORWARDED', to: 'ACCEPTED', at: f.acceptAt },
          { action: 'START_HANDLING', from: 'ACCEPTED', to: 'IN_PROGRESS', at: f.acceptAt + 3_600_000 },
          { action: 'REPLY', from: 'IN_PROGRESS', to: 'REPLIED', at: f.replyAt },
          { action: 'CLOSE', from: 'REPLIED', to: 'CLOSED', at: f.closeAt },
        ];
  for (const step of chain) {
    if (step.at > ctx.untilMs) break;
    steps.push(step);
    if (step.to === f.stallAt) break;
  }
  return steps;
}

const CLOCK_AMOUNTS = { D1: [15, 'DAYS'], D3: [15, 'DAYS'], D4: [5, 'WORKING_DAYS'], D5: [60, 'DAYS'] };

/** The clocks the steps started and stopped (D4 only while the objection window is open). */
export function caseClocks(plan, ctx, steps) {
  const at = (action) => steps.find((s) => s.action === action)?.at ?? null;
  const clock = (code, startMs, stopMs, unitId) => {
    const startedOn = chinaDate(startMs);
    const [amount, unit] = CLOCK_AMOUNTS[code];
    const dueOn = addDays(startedOn, unit === 'DAYS' ? amount : amount + 2);
    const running = stopMs === null;
    return { code, startedOn, amount, unit, dueOn, running, stopMs, unitId, overdue: running ? dueOn < ctx.today : chinaDate(stopMs) > dueOn };
  };
  const forward = at('FORWARD');
  const accept = at('ACCEPT');
  const reply = at('REPLY');
  const clocks = [clock('D1', plan.registeredMs, forward ?? at('DIVERT'), ctx.bureauId)];
  if (forward) clocks.push(clock('D3', forward, accept, plan.flow.handlingUnitId));
  if (forward && !accept) clocks.push(clock('D4', forward, null, plan.flow.handlingUnitId));
  if (accept) clocks.push(clock('D5', accept, reply, plan.flow.handlingUnitId));
  return clocks;
}

export const EVENT_COLUMNS = ['case_id', 'at', 'action', 'from_state', 'to_state', 'actor_id', 'note', 'details'];

export function* eventRows(plan, ctx, steps) {
  for (const s of steps) {
    yield [plan.id, new Date(s.at), s.action, s.from, s.to, ctx.receptionId, null, s.action === 'REGISTER' ? { channel: plan.channel } : {}];
  }
}

export const CLOCK_COLUMNS = [
  'id',
  'case_id',
  'code',
  'party',
  'responsible_unit_id',
  'status',
  'started_on',
  'amount',
  'unit',
  'exclude_start_day',
  'extend_past_days_off',
  'due_on',
  'explanation',
  'stopped_at',
  'stop_reason',
  'overdue',
  'created_at',
];

export function* clockRows(plan, ctx, steps) {
  for (const k of caseClocks(plan, ctx, steps)) {
    yield [
      uuidFor(ctx.seed, `clock:${k.code}`, plan.index),
      plan.id,
      k.code,
      'ORGAN',
      k.unitId,
      k.running ? 'RUNNING' : 'STOPPED',
      k.startedOn,
      k.amount,
      k.unit,
      true,
      true,
      k.dueOn,
      JSON.stringify([`自 ${k.startedOn} 次日起算 ${k.amount} 日，${k.dueOn} 届满（批量生成，未按节假日顺延）`]),
      k.running ? null : new Date(k.stopMs),
      k.running ? null : '办理环节完成',
      k.overdue,
      new Date(Date.parse(`${k.startedOn}T01:00:00Z`)),
    ];
  }
}

export const NOTICE_COLUMNS = [
  'id',
  'case_id',
  'kind',
  'year',
  'seq',
  'notice_no',
  'title',
  'recipient',
  'paragraphs',
  'issuer',
  'issued_on',
  'issued_by',
  'delivery_method',
  'delivered_at',
  'created_at',
];
const NOTICES = { ACCEPT: ['ACCEPTANCE', '受告', '受理告知书'], REPLY: ['HANDLING_OPINION', '处意', '信访事项处理意见书'], DIVERT: ['NON_ACCEPTANCE', '不受告', '不予受理告知书'] };

/** The notices of the decisions taken; `counters` numbers them per kind and year as the API does. */
export function* noticeRows(plan, ctx, steps, counters) {
  const recipient = personName(rng(ctx.seed, 'petitioner', plan.petitionerIndex));
  for (const s of steps) {
    const notice = NOTICES[s.action];
    if (!notice) continue;
    const [kind, prefix, title] = notice;
    const issuedOn = chinaDate(s.at);
    const year = Number(issuedOn.slice(0, 4));
    const key = `${kind}:${year}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const delivered = s.at + plan.flow.deliveryDays * DAY;
    yield [
      uuidFor(ctx.seed, `notice:${kind}`, plan.index),
      plan.id,
      kind,
      year,
      seq,
      `巨信${prefix}〔${year}〕${seq}号`,
      title,
      recipient,
      JSON.stringify([`${recipient}：`, `你反映的${plan.caseNo}号信访事项，已依法处理。`]),
      '巨鹿县信访局',
      issuedOn,
      ctx.receptionId,
      delivered <= ctx.untilMs ? 'IN_PERSON' : null,
      delivered <= ctx.untilMs ? new Date(delivered) : null,
      new Date(s.at),
    ];
  }
}

export const EVALUATION_COLUMNS = ['case_id', 'stage', 'result', 'source', 'recorded_by', 'recorded_at'];

export function* evaluationRows(plan, ctx, steps) {
  const e = plan.flow.evaluation;
  if (e && steps.some((s) => s.action === 'REPLY') && e.at <= ctx.untilMs) yield [plan.id, 'HANDLING', e.result, 'CALLBACK', ctx.receptionId, new Date(e.at)];
}
