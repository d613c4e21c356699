// The plan of case i — when it was registered, where, by which channel, and how far its workflow
// has gone by the generation date — as a pure function of (seed, i). Every case table is generated
// from these plans in its own pass, so the tables agree without holding a million cases in memory.
import { rng, uuidFor } from './random.mjs';

export const DAY = 86_400_000;
const CHINA = 8 * 3_600_000;
const QUERY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const chinaDate = (ms) => new Date(ms + CHINA).toISOString().slice(0, 10);
export const chinaYear = (ms) => new Date(ms + CHINA).getUTCFullYear();
export const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** When case i was registered: cases are spread evenly over the span, in index order. */
export const registeredMs = (ctx, i) => ctx.startMs + (i + rng(ctx.seed, 'time', i).next()) * ctx.stepMs;

/** The first index of every year, so case numbers run 1, 2, … per year as registration makes them. */
export function yearStarts(ctx) {
  const starts = new Map();
  for (let i = 0; i < ctx.cases; i++) {
    const year = chinaYear(registeredMs(ctx, i));
    if (!starts.has(year)) starts.set(year, i);
  }
  return starts;
}

/** 查询码: five symbols from the index (unique by construction) and seven random ones. */
function queryCode(i, r) {
  let code = '';
  for (let k = 0, n = i; k < 5; k++, n = Math.floor(n / 32)) code += QUERY_ALPHABET[n % 32];
  for (let k = 0; k < 7; k++) code += QUERY_ALPHABET[r.int(32)];
  return code;
}

/** The earlier case a repeat petition repeats, or null (about 12% of cases after the first thousand). */
export function priorOf(ctx, i) {
  const r = rng(ctx.seed, 'repeat', i);
  if (i < 1000 || !r.chance(0.12)) return null;
  return i - 1 - r.int(Math.min(i - 1, 60_000));
}

/** The petitioner of case i: a repeat petition's petitioner is the one of the case it repeats. */
export function petitionerIndexOf(ctx, i) {
  let k = i;
  for (let prior = priorOf(ctx, k); prior !== null; prior = priorOf(ctx, k)) k = prior;
  return k;
}

export function casePlan(ctx, i) {
  const r = rng(ctx.seed, 'case', i);
  const at = registeredMs(ctx, i);
  const year = chinaYear(at);
  const prior = priorOf(ctx, i);
  const petitionerIndex = petitionerIndexOf(ctx, i);
  // A repeat petition comes from the same place as the first one.
  const township = ctx.townships[rng(ctx.seed, 'place', petitionerIndex).int(ctx.townships.length)];
  const villages = ctx.villages.get(township.id);
  const channel = r.weighted([
    ['VISIT', 35],
    ['LETTER', 20],
    ['ONLINE', 30],
    ['PHONE', 12],
    ['FAX', 3],
  ]);
  const peopleCount = r.weighted([
    [1, 80],
    [r.range(2, 4), 15],
    [r.range(5, 40), 5],
  ]);
  const seq = i - ctx.yearStarts.get(year) + 1;
  return {
    index: i,
    id: uuidFor(ctx.seed, 'case', i),
    registeredMs: at,
    registeredAt: new Date(at),
    year,
    seq,
    caseNo: `130529${year}${String(seq).padStart(6, '0')}`,
    queryCode: queryCode(i, r),
    township,
    townshipId: township.id,
    villageId: villages && rng(ctx.seed, 'village', petitionerIndex).chance(0.7) ? villages[rng(ctx.seed, 'village', petitionerIndex).int(villages.length)] : null,
    channel,
    source: r.weighted([
      ['DIRECT', 70],
      ['ASSIGNED_BY_UPPER', 8],
      ['FORWARDED_BY_UPPER', 8],
      ['HOTLINE_12345', 10],
      ['LEADER_INSTRUCTION', 2],
      ['MEDIA', 2],
    ]),
    matterType: r.weighted([
      ['APPEAL', 70],
      ['SUGGESTION', 15],
      ['ACCUSATION', 15],
    ]),
    category: 1 + r.int(18),
    peopleCount,
    lawRelated: r.chance(0.08),
    prior,
    priorId: prior === null ? null : uuidFor(ctx.seed, 'case', prior),
    petitionerIndex,
    petitionerId: uuidFor(ctx.seed, 'petitioner', petitionerIndex),
    flow: caseFlow(ctx, i, at, township),
  };
}

/**
 * How far the statutory workflow went by the generation date: 登记 → 转送 → 受理 (and 办理) →
 * 答复 → 办结, or 分流 for a law-related matter. A few cases stall at a stage (they become overdue).
 */
function caseFlow(ctx, i, at, township) {
  const r = rng(ctx.seed, 'flow', i);
  const hours = (h) => h * 3_600_000;
  const divertAt = r.chance(0.6) ? at + hours(r.range(2, 200)) : null;
  const forwardAt = at + hours(r.range(2, 240));
  const acceptAt = forwardAt + hours(r.range(12, 340));
  const replyAt = acceptAt + DAY * (r.chance(0.9) ? r.range(10, 58) : r.range(61, 85));
  const closeAt = replyAt + DAY * r.range(3, 25);
  const stallAt = r.chance(0.02) ? r.pick(['REGISTERED', 'FORWARDED', 'IN_PROGRESS']) : null;
  const evaluation = r.chance(0.7)
    ? {
        at: replyAt + DAY * r.range(1, 12),
        result: r.weighted([
          ['SATISFIED', 70],
          ['BASICALLY_SATISFIED', 20],
          ['UNSATISFIED', 10],
        ]),
      }
    : null;
  return {
    divertAt,
    forwardAt,
    acceptAt,
    replyAt,
    closeAt,
    stallAt,
    evaluation,
    handlingUnitId: r.chance(0.5) ? ctx.departments[r.int(ctx.departments.length)].id : township.id,
    supervision: r.chance(0.06)
      ? r.weighted([
          ['YELLOW', 3],
          ['RED', 1],
        ])
      : null,
    deliveryDays: r.range(1, 3),
  };
}
