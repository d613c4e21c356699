import type { CaseState, CaseTransitionRequest, CurrentUser } from '@julu/contracts';
import { OPEN_STATES } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { priorCaseFacts } from '../../petitions';
import { territoryOf } from '../../../core/access/territory';
import { invalidField } from '../../../core/http/api-errors';
import type { WorkflowCaseRow } from './case-context';

/** Open but not yet accepted: registered, forwarded, assigned, or an assignment objected to. */
const BEFORE_ACCEPTANCE: readonly CaseState[] = ['REGISTERED', 'FORWARDED', 'ASSIGNED', 'OBJECTED'];

/**
 * Art 19 ¶3: “已经受理或者正在办理的”: accepted (受理) and not yet concluded, including a 复查 under
 * way or open to request — every open state after acceptance. Once the 复核意见 is issued
 * (REREVIEW_REPLIED), Art 36 ¶3 applies instead.
 */
const UNDER_HANDLING: readonly CaseState[] = OPEN_STATES.filter((s) => !BEFORE_ACCEPTANCE.includes(s) && s !== 'REREVIEW_REPLIED');

const ART_19 = '《信访工作条例》第十九条第三款';
const ART_36 = '《信访工作条例》第三十六条第三款';

/**
 * 不再受理 only for the same person and the same matter (同人同事) whose earlier case is under
 * handling (Art 19 ¶3) or has been through 复核 (Art 36 ¶3); refusing anything else would be refusing
 * a matter the organ must accept (Art 44(二)). Same person: a petitioner in common, by record or by
 * identity-number blind index. Same matter: the cited case, the same category heading, and the
 * user's confirmation that the facts and request are the same.
 */
export async function checkPriorMatter(m: EntityManager, c: WorkflowCaseRow, request: CaseTransitionRequest, user: CurrentUser): Promise<void> {
  if (request.action !== 'REJECT_DUPLICATE' || !request.priorCaseId) return;
  if (request.priorCaseId === c.id) throw invalidField('priorCaseId', '原信访事项不能是本事项');
  // Only a case the caller may see: the 不再受理告知书 quotes its number.
  const prior = await priorCaseFacts(m, request.priorCaseId, c.id, territoryOf(user));
  if (!prior) throw invalidField('priorCaseId', '原信访事项不存在或不在您的管辖范围内');
  const article = request.noReacceptanceGround === 'AFTER_REREVIEW' ? ART_36 : ART_19;
  if (!prior.earlier) throw invalidField('priorCaseId', `原信访事项应早于本事项登记（${article}）`);
  if (!prior.samePerson) throw invalidField('priorCaseId', `原信访事项与本事项没有共同的信访人，不属同人同事，不能不再受理（${article}）`);
  if (!prior.sameHeading) throw invalidField('priorCaseId', `原信访事项与本事项的内容分类不同，不属同一事项，不能不再受理（${article}）`);
  if (request.sameMatterConfirmed !== true) throw invalidField('sameMatterConfirmed', `请核对并确认本事项与原信访事项的事实和请求相同（同一事项，${article}）`);
  if (request.noReacceptanceGround === 'AFTER_REREVIEW') {
    const rereviewed: unknown[] = await m.query(`SELECT 1 FROM case_notice WHERE case_id = $1 AND kind = 'REREVIEW_OPINION' LIMIT 1`, [request.priorCaseId]);
    if (rereviewed.length === 0) throw invalidField('noReacceptanceGround', `原信访事项尚未经过复核，不适用${ART_36}`);
  } else if (!UNDER_HANDLING.includes(prior.status)) {
    throw invalidField('noReacceptanceGround', `原信访事项未受理或已办结，不在受理、办理过程中，不适用${ART_19}；应当依法受理或按其他方式处理（第四十四条）`);
  }
}
