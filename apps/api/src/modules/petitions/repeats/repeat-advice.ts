/**
 * How the 不再受理 rules apply to a confirmed repeat, from the earlier case's state:
 * - the earlier case went through 复核 and was terminated: the same matter is not accepted again
 *   (2022 《信访工作条例》 Art 36 ¶3);
 * - it is still being handled: a repeat raised within the time limit is not accepted again
 *   (Art 19 ¶3) — the petitioner is told and this visit joins the earlier case;
 * - it was closed: the petitioner may ask for 复查/复核; new facts and reasons make a new matter.
 * The intake decision itself is recorded by the workflow.
 */
const FINISHED = ['CLOSED', 'ARCHIVED'];

export function repeatAdvice(priorStatus: string): string {
  if (priorStatus === 'TERMINATED') return '原事项已经复核终结：同一事项不再受理（《信访工作条例》第三十六条第三款），应告知信访人。';
  if (FINISHED.includes(priorStatus)) return '原事项已办结：可引导信访人依法申请复查、复核；提出新的事实和理由的，按新事项登记办理。';
  return '原事项正在办理期限内：同一事项不再重复受理（《信访工作条例》第十九条第三款），应告知信访人，并将本次信访并入原事项跟踪。';
}
