import type { CaseAction, CaseTransitionRequest, CurrentUser } from '@julu/contracts';
import { chinaDate, type TransitionRule, type WorkflowFacts } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { conflict, invalidField } from '../../../core/http/api-errors';
import type { ClockRow } from '../clocks/clock.row';
import type { WorkflowCaseRow } from './case-context';
import { checkPriorMatter } from './prior-matter';

/** What each required field is called on the form, for the message when it is missing. */
const FIELD_NAMES: Record<string, string> = {
  handlingUnitId: '承办单位',
  feedbackDays: '反馈期限（天）',
  note: '说明（理由、意见）',
  competentOrgan: '有权处理的机关',
  priorCaseId: '原信访事项',
  sameMatterConfirmed: '同一事项的确认',
  noReacceptanceGround: '不再受理的理由',
  diversionRoute: '分流去向',
  extensionDays: '延长天数',
  outcome: '处理意见（支持、解释说明、不予支持）',
  legalBasis: '处理依据',
  settlementKind: '结案方式（调解、和解）',
  closeReason: '办结理由',
  supervisionLevel: '督办级别',
  reviewOrgan: '出具意见的复查（复核）机关',
  opinionNo: '意见书文号',
};

/** 400 naming the first field the action requires and the request lacks. */
export function checkRequiredFields(rule: TransitionRule, request: CaseTransitionRequest): void {
  for (const field of rule.requires) {
    const value = (request as unknown as Record<string, unknown>)[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      throw invalidField(field, `请填写${FIELD_NAMES[field] ?? field}`);
    }
  }
}

export const ACCUSED_UNIT_REFUSED = '根据《信访工作条例》第三十条第三款，检举控告事项不得转送、交办给被检举控告的单位，请选择其他有权处理的单位';

/** Checks that need the database or the clocks: the unit, the prior case, dates. */
export async function checkReferences(m: EntityManager, c: WorkflowCaseRow, request: CaseTransitionRequest, facts: WorkflowFacts, today: string, user: CurrentUser): Promise<void> {
  if (request.handlingUnitId && (request.action === 'FORWARD' || request.action === 'ASSIGN')) {
    if (c.matter_type === 'ACCUSATION' && c.involved_unit_id === request.handlingUnitId) throw invalidField('handlingUnitId', ACCUSED_UNIT_REFUSED);
    const units: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE', 'BUREAU', 'DEPARTMENT') AND retired_at IS NULL`, [
      request.handlingUnitId,
    ]);
    if (units.length === 0) throw invalidField('handlingUnitId', '承办单位不存在或已撤销，请选择乡镇或县直部门');
  }
  await checkPriorMatter(m, c, request, user);
  if (request.action === 'CLOSE' && request.closeReason === 'REVIEW_PERIOD_EXPIRED' && facts.reviewWindowOpen) {
    throw conflict('申请复查（复核）的期限尚未届满，不能以期限届满为由办结');
  }
}

/** The actions whose request is received by an organ on a day of its own: the 复查 and 复核 requests (Arts 35, 36). */
const RECEIVED_ON_ACTIONS: readonly CaseAction[] = ['REQUEST_REVIEW', 'REQUEST_REREVIEW'];

/**
 * `receivedOn` means the day a 复查/复核 request reached the organ, and nothing else: on any other
 * action it is refused, so it cannot move another clock (Art 23 ¶3's objection window is judged on
 * today). A request received inside the petitioner's window but recorded after the window closed
 * needs the reason for the late recording in the note.
 */
export function checkReceivedOn(c: WorkflowCaseRow, request: CaseTransitionRequest, clocks: ReadonlyMap<string, ClockRow>, today: string): void {
  const on = request.receivedOn;
  if (!on) return;
  if (!RECEIVED_ON_ACTIONS.includes(request.action)) {
    throw invalidField('receivedOn', '“收到申请日期”只用于登记复查、复核申请（《信访工作条例》第三十五条、第三十六条），其他操作按实际办理日期计算');
  }
  if (on > today) throw invalidField('receivedOn', '收到申请日期不能晚于今天');
  if (on < chinaDate(c.registered_at)) throw invalidField('receivedOn', '收到申请日期不能早于事项登记日期');
  const window = clocks.get(request.action === 'REQUEST_REREVIEW' ? 'D8' : 'D6');
  if (!window) return;
  if (on < window.started_on) throw invalidField('receivedOn', `收到申请日期不能早于意见书送达日期 ${window.started_on}`);
  if (on <= window.due_on && today > window.due_on && !request.note?.trim()) {
    throw invalidField('note', `申请期限已于 ${window.due_on} 届满；补登期限内收到的申请，请在说明中写明收到的经过和未及时登记的原因`);
  }
}
