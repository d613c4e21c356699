// Rows of petition_case, case_petitioner and visit from the case plans, with the derived columns
// registration stores (flags, search grams as searchGrams() in libs/domain computes them).
import { rng } from './random.mjs';
import { caseClocks, caseSteps } from './workflow.mjs';

const TOPICS = [
  ['土地承包', '请求确认承包地边界'],
  ['拆迁款补偿', '请求足额发放拆迁补偿款'],
  ['拖欠工资', '请求督促用人单位支付工资'],
  ['医疗报销', '请求按政策报销医疗费用'],
  ['低保申请', '请求重新审核低保资格'],
  ['宅基地纠纷', '请求依法划定宅基地界址'],
  ['环境污染', '请求整治企业排污问题'],
  ['道路修建', '请求硬化村内道路'],
  ['养老保险', '请求补缴养老保险'],
  ['学校收费', '请求清退违规收费'],
  ['物业管理', '请求规范小区物业服务'],
  ['征地补偿', '请求公开征地补偿标准'],
];
const RUN = /[\p{L}\p{N}]+/gu;

/** Same as searchGrams() in libs/domain: overlapping two-character grams of every letter/digit run. */
export function searchGrams(...texts) {
  const grams = new Set();
  for (const text of texts) {
    for (const run of (text ?? '').toLowerCase().match(RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
    }
  }
  return [...grams];
}

export const CASE_COLUMNS = [
  'id',
  'case_no',
  'case_year',
  'case_seq',
  'query_code',
  'channel',
  'source',
  'matter_type',
  'category_code',
  'category_label',
  'title',
  'main_request',
  'township_id',
  'village_id',
  'people_count',
  'is_group',
  'is_skip_level',
  'is_joint_letter',
  'is_law_related',
  'status',
  'handling_unit_id',
  'registered_at',
  'registered_by',
  'registering_unit_id',
  'search_grams',
  'updated_at',
  'is_repeat',
  'prior_case_id',
  'category_version',
  'version',
  'disposition',
  'supervision_level',
  'supervision_since',
  'overdue',
  'closed_at',
];

export function caseRow(plan, ctx) {
  const r = rng(ctx.seed, 'text', plan.index);
  const [topic, request] = TOPICS[(plan.category + r.int(3)) % TOPICS.length];
  const title = `${plan.township.name}${plan.prior === null ? '' : '再次'}反映${topic}问题`;
  const mainRequest = `${request}（第${plan.index + 1}件）`;
  const steps = caseSteps(plan, ctx);
  const last = steps[steps.length - 1];
  const open = !['CLOSED', 'DIVERTED'].includes(last.to);
  const forwarded = steps.some((s) => s.action === 'FORWARD');
  return [
    plan.id,
    plan.caseNo,
    plan.year,
    plan.seq,
    plan.queryCode,
    plan.channel,
    plan.source,
    plan.matterType,
    String(plan.category).padStart(2, '0'),
    ctx.categoryLabels.get(String(plan.category).padStart(2, '0')),
    title,
    mainRequest,
    plan.townshipId,
    plan.villageId,
    plan.peopleCount,
    plan.peopleCount >= 5,
    false,
    false,
    plan.lawRelated,
    last.to,
    forwarded ? plan.flow.handlingUnitId : null,
    plan.registeredAt,
    ctx.receptionId,
    ctx.bureauId,
    searchGrams(title, mainRequest),
    new Date(last.at),
    plan.prior !== null,
    plan.priorId,
    1,
    steps.length,
    forwarded ? 'FORWARD' : null,
    open ? plan.flow.supervision : null,
    open && plan.flow.supervision ? new Date(last.at) : null,
    caseClocks(plan, ctx, steps).some((k) => k.running && k.overdue),
    open ? null : new Date(last.at),
  ];
}

export const CASE_PETITIONER_COLUMNS = ['case_id', 'petitioner_id', 'role', 'position'];
export const casePetitionerRow = (plan) => [plan.id, plan.petitionerId, 'PRIMARY', 0];

export const VISIT_COLUMNS = ['id', 'case_id', 'arrival_at', 'reception_started_at', 'person_count', 'is_group', 'talk_outcome', 'received_by', 'created_at'];

export function visitRow(plan, ctx, id) {
  const r = rng(ctx.seed, 'visit', plan.index);
  const started = plan.registeredMs - r.range(5, 30) * 60_000;
  const arrival =
    started -
    r.weighted([
      [r.range(0, 30), 90],
      [r.range(31, 90), 10],
    ]) *
      60_000;
  return [id, plan.id, new Date(arrival), new Date(started), plan.peopleCount, plan.peopleCount >= 5, '已当面听取诉求并登记', ctx.receptionId, plan.registeredAt];
}
