import type { CaseState, CurrentUser, NoticeKind, SupervisionLevel } from '@julu/contracts';
import { chinaDate, type WorkflowActor, type WorkflowFacts } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { primaryPetitionerNameSql, visibleCasesSql } from '../../petitions';
import { territoryOf } from '../../../core/access/territory';
import { notFound } from '../../../core/http/api-errors';
import type { ClockRow } from '../clocks/clock.row';

export interface WorkflowCaseRow {
  id: string;
  case_no: string;
  status: CaseState;
  version: number;
  disposition: 'FORWARD' | 'ASSIGN' | null;
  handling_unit_id: string | null;
  handling_unit_name: string | null;
  township_id: string;
  matter_type: string;
  channel: string;
  /** The unit a 检举控告 accuses (2022 条例 Art 30 ¶3: it may never handle or hear of the case). */
  involved_unit_id: string | null;
  registering_unit_id: string | null;
  title: string;
  main_request: string;
  facts_reasons: string | null;
  registered_at: Date;
  /** 收到日期 (the registration day for cases registered before it was recorded). */
  received_on: string;
  supervision_level: SupervisionLevel | null;
  supervision_since: Date | null;
  supervision_note: string | null;
  overdue: boolean;
  primary_petitioner_name: string | null;
}

export const CASE_NOT_FOUND = '信访事项不存在或不在您的管辖范围内';

/** The case as the workflow sees it, if the caller's territory reaches it (else 404). */
export async function loadWorkflowCase(m: EntityManager, caseId: string, user: CurrentUser): Promise<WorkflowCaseRow> {
  const params: unknown[] = [caseId];
  const visibleCases = visibleCasesSql(territoryOf(user), params);
  const rows: WorkflowCaseRow[] = await m.query(
    `SELECT c.id, c.case_no, c.status, c.version, c.disposition, c.handling_unit_id, h.name AS handling_unit_name, c.township_id,
            c.matter_type, c.channel, c.involved_unit_id,
            c.registering_unit_id, c.title, c.main_request, c.facts_reasons, c.registered_at,
            coalesce(c.received_on, (c.registered_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS received_on, c.supervision_level,
            c.supervision_since, c.supervision_note, c.overdue,
            ${primaryPetitionerNameSql('c.id')} AS primary_petitioner_name
     FROM ${visibleCases} c LEFT JOIN org_unit h ON h.id = c.handling_unit_id
     WHERE c.id = $1`,
    params,
  );
  if (!rows[0]) throw notFound(CASE_NOT_FOUND);
  return rows[0];
}

const INTAKE_PENDING: readonly CaseState[] = ['REGISTERED', 'OBJECTED'];

/** The caller belongs to the organ that received the matter (cases without a recorded registering unit: the county bureau's). */
function receivedBy(c: WorkflowCaseRow, user: CurrentUser): boolean {
  if (c.registering_unit_id) return user.orgUnitId === c.registering_unit_id;
  return user.role !== 'TOWNSHIP_OFFICER';
}

/** Where the caller stands relative to the case. */
export async function workflowActor(m: EntityManager, c: WorkflowCaseRow, user: CurrentUser): Promise<WorkflowActor> {
  const [row]: { is_unit_head: boolean }[] = await m.query('SELECT is_unit_head FROM app_user WHERE id = $1', [user.id]);
  const county = user.role === 'RECEPTION' || user.role === 'SUPERVISOR' || user.role === 'ADMIN';
  const territorial = county || (user.role === 'TOWNSHIP_OFFICER' && user.orgUnitId === c.township_id);
  return {
    role: user.role,
    // While the intake decision is pending only the organ that received (registered) the matter
    // decides (Arts 22, 23); the domain gives the unit it was sent to the decision after 转送/交办.
    intakeOrgan: INTAKE_PENDING.includes(c.status) ? territorial && receivedBy(c, user) : territorial,
    handlingUnitMember: c.handling_unit_id !== null && user.orgUnitId === c.handling_unit_id,
    unitHead: row?.is_unit_head ?? false,
  };
}

/** The delivery state of the latest notice of each kind. */
export type DeliveredNotices = ReadonlyMap<NoticeKind, boolean>;

/** Which written reply starts the petitioner's window of each stage, and which reply ends 复核. */
const STAGE_REPLY: Readonly<Record<'D6' | 'D8' | 'REREVIEW', NoticeKind>> = { D6: 'HANDLING_OPINION', D8: 'REVIEW_OPINION', REREVIEW: 'REREVIEW_OPINION' };

/**
 * The facts the guards need, as of `today`. Only the petitioner's 复查/复核 window is judged on
 * `reviewRequestOn`, the day the petitioner made the request (postmark or submission, else the day
 * the organ received it); every organ's own window (the 5-working-day objection, D5) is judged on
 * today, so a back-dated date cannot reopen it.
 */
export function workflowFacts(
  c: WorkflowCaseRow,
  clocks: ReadonlyMap<string, ClockRow>,
  delivered: DeliveredNotices,
  today: string = chinaDate(new Date()),
  reviewRequestOn: string = today,
): WorkflowFacts {
  const open = (code: string, onDate = today): boolean => {
    const clock = clocks.get(code);
    return clock !== undefined && onDate <= clock.due_on;
  };
  // A petitioner's window lives until the sweep lapses it (its last day plus the transit grace).
  const petitionerWindow = clocks.has('D8') ? 'D8' : clocks.has('D6') ? 'D6' : null;
  const window = c.status === 'REVIEW_REPLIED' ? 'D8' : c.status === 'REPLIED' ? 'D6' : petitionerWindow;
  const stage = c.status === 'REREVIEW_REPLIED' ? 'REREVIEW' : (window ?? 'D6');
  const d5 = clocks.get('D5');
  return {
    state: c.status,
    disposition: c.disposition,
    objectionWindowOpen: open('D4'),
    feedbackDue: clocks.has('D10'),
    extensionUsed: (d5?.extended_days ?? 0) > 0,
    handlingPeriodRunning: d5 !== undefined && d5.status === 'RUNNING' && today <= d5.due_on,
    reviewWindowOpen: window !== null && open(window, reviewRequestOn),
    petitionerWindow,
    replyDelivered: delivered.get(STAGE_REPLY[stage]) ?? false,
    supervised: c.supervision_level !== null,
  };
}
