import type { EscortPlaceKind, ReturnEscortKind, ReturnEscortRequest, ReturnEscortView } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';
import type { Checked } from './duty-forms';

/** The 劝返/接返 form as the inputs hold it: times as `datetime-local` text, staff as one line. */
export interface EscortForm {
  unitId: string;
  kind: ReturnEscortKind;
  petitionerNames: string;
  peopleCount: number;
  foundAt: string;
  place: string;
  placeKind: EscortPlaceKind;
  matter: string;
  staff: string;
  leaderName: string;
  departureAt: string;
  arrivalAt: string;
  transport: string;
  costYuan: number;
  costNote: string;
  caseId: string;
  /** 是否自愿返回: null until the recorder chooses (never pre-ticked, DOMAIN.md §3.4). */
  voluntary: boolean | null;
  voluntarinessNote: string;
  followUp: string;
}

export function blankEscortForm(unitId = ''): EscortForm {
  return {
    unitId,
    kind: 'PERSUADE',
    petitionerNames: '',
    peopleCount: 1,
    foundAt: '',
    place: '',
    placeKind: 'NON_RECEPTION_SITE',
    matter: '',
    staff: '',
    leaderName: '',
    departureAt: '',
    arrivalAt: '',
    transport: '',
    costYuan: 0,
    costNote: '',
    caseId: '',
    voluntary: null,
    voluntarinessNote: '',
    followUp: '',
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the browser's time zone (the one the input reads it back in). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toInstant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** A stored record back in the form, for editing. */
export function escortFormOf(e: ReturnEscortView): EscortForm {
  return {
    unitId: e.unitId,
    kind: e.kind,
    petitionerNames: e.petitionerNames,
    peopleCount: e.peopleCount,
    foundAt: toLocalInput(e.foundAt),
    place: e.place,
    placeKind: e.placeKind,
    matter: e.matter,
    staff: e.staff.join('、'),
    leaderName: e.leaderName,
    departureAt: toLocalInput(e.departureAt),
    arrivalAt: toLocalInput(e.arrivalAt),
    transport: e.transport,
    costYuan: e.costYuan,
    costNote: e.costNote,
    caseId: e.caseId ?? '',
    voluntary: e.voluntary,
    voluntarinessNote: e.voluntarinessNote,
    followUp: e.followUp,
  };
}

export const VOLUNTARY_NOT_CHOSEN = '请选择信访人是否自愿返回（是或否），不能默认';

/** The controls of the form in reading order (the template's `data-field`s; API names are the same). */
export const ESCORT_FIELDS = [
  'unitId',
  'kind',
  'petitionerNames',
  'peopleCount',
  'foundAt',
  'place',
  'placeKind',
  'matter',
  'staff',
  'leaderName',
  'departureAt',
  'arrivalAt',
  'transport',
  'costYuan',
  'caseId',
  'voluntary',
  'voluntarinessNote',
  'followUp',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const staffOf = (line: string): string[] => line.split(/[、,，\s]+/).filter(Boolean);

/**
 * What the API would refuse in a 劝返/接返 record (ReturnEscortDto and the service's rules), each on
 * its control; [] = fine. A new record names its case (劝返 also moves the matter itself, DOMAIN.md
 * §3.4); a 劝返 is never from a lawful reception site (《信访工作条例》第二十条).
 */
export function escortFormErrors(f: EscortForm, isNew: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => void errors.push({ field, message });
  if (!f.unitId) add('unitId', '请选择责任单位');
  if (!f.petitionerNames.trim()) add('petitionerNames', '请填写信访人姓名');
  const people = Number(f.peopleCount);
  if (!Number.isInteger(people) || people < 1) add('peopleCount', '人数至少 1 人（整数）');
  if (!f.foundAt) add('foundAt', '请选择发现时间');
  if (!f.place.trim()) add('place', '请填写地点');
  if (f.kind === 'PERSUADE' && f.placeKind === 'RECEPTION_SITE')
    add('placeKind', '信访人在依法设立的信访接待场所走访是其权利（《信访工作条例》第二十条），不得劝返；如是应接待场所要求接其返回，请将类型选为“接返”');
  if (f.matter.trim().length < 2) add('matter', '请填写反映的事项（至少 2 个字）');
  if (staffOf(f.staff).length === 0) add('staff', '请填写工作人员，多人用顿号分隔');
  if (!f.leaderName.trim()) add('leaderName', '请填写带队领导');
  if (f.departureAt && f.arrivalAt && new Date(f.arrivalAt) < new Date(f.departureAt)) add('arrivalAt', '到达时间不能早于出发时间');
  const cost = Number(f.costYuan);
  if (!Number.isFinite(cost) || cost < 0 || cost > 1_000_000 || Math.round(cost * 100) !== cost * 100) add('costYuan', '费用应为 0 至 1000000 元的金额，至多两位小数');
  const caseId = f.caseId.trim();
  if (isNew && !caseId) add('caseId', '请选择本次劝返/接返所涉的信访事项（输入案件编号或信访人姓名查找）：劝返须同时推动问题本身的处理');
  else if (caseId && !UUID.test(caseId)) add('caseId', '请从查找结果中选择信访事项');
  if (f.voluntary === null) add('voluntary', VOLUNTARY_NOT_CHOSEN);
  if (f.voluntarinessNote.trim().length < 2) add('voluntarinessNote', '请记录信访人意愿的情况（如：经劝说自愿返回）');
  return errors;
}

/**
 * The body of POST (new) and PUT (edit) /api/duty/escorts, blank optional fields left out; or the
 * problem when 是否自愿返回 was not chosen (the API requires it too).
 */
export function escortRequestOf(f: EscortForm): Checked<ReturnEscortRequest> {
  if (f.voluntary === null) return { ok: false, problem: VOLUNTARY_NOT_CHOSEN };
  const value: ReturnEscortRequest = {
    unitId: f.unitId,
    kind: f.kind,
    petitionerNames: f.petitionerNames.trim(),
    peopleCount: Number(f.peopleCount),
    foundAt: toInstant(f.foundAt) ?? '',
    place: f.place.trim(),
    placeKind: f.placeKind,
    matter: f.matter.trim(),
    staff: staffOf(f.staff),
    leaderName: f.leaderName.trim(),
    departureAt: toInstant(f.departureAt),
    arrivalAt: toInstant(f.arrivalAt),
    transport: f.transport.trim(),
    costYuan: Number(f.costYuan),
    costNote: f.costNote.trim(),
    caseId: f.caseId.trim() || undefined,
    voluntary: f.voluntary,
    voluntarinessNote: f.voluntarinessNote.trim(),
    followUp: f.followUp.trim(),
  };
  return { ok: true, value };
}
