import { HttpErrorResponse } from '@angular/common/http';
import { CHANNELS_WITH_RECEIPT_DATE, type IdType } from '@julu/contracts';
import { MAX_GROUP_REPRESENTATIVES, normalizePhone, residentIdEntryProblem } from '@julu/domain';
import { apiErrorMessage } from '../../core/api-error';
import { localDate, type ReceptionForm } from './reception-form';

/**
 * A control of the desk an error can land on: `person.*`, `matter.*`, `visit.*`, `representatives`
 * (the group as a whole) or `rep.<i>.name` / `rep.<i>.idNumber`. Null = the form as a whole.
 */
export type ReceptionField = string;

export interface ReceptionError {
  field: ReceptionField | null;
  message: string;
}

/**
 * The number as typed is refused for a 居民身份证 (GB 11643: 18 characters with a valid check
 * character, or a legacy 15-digit number); other documents are taken as written. Null = fine.
 */
export function idNumberProblem(idType: IdType, idNumber: string): string | null {
  if (idType !== 'RESIDENT_ID' || !idNumber.trim()) return null;
  return residentIdEntryProblem(idNumber);
}

/** A mobile number the API would refuse (same rule as the API: 11 digits starting with 1). */
function mobileProblem(mobile: string): string | null {
  return mobile.trim() && !/^1\d{10}$/.test(normalizePhone(mobile)) ? '手机号码须为 11 位数字，以 1 开头' : null;
}

function personErrors(form: ReceptionForm, personKnown: boolean): ReceptionError[] {
  if (personKnown) return [];
  const p = form.person;
  const errors: ReceptionError[] = [];
  const id = idNumberProblem(p.idType, p.idNumber);
  if (id) errors.push({ field: 'person.idNumber', message: id });
  if (!p.name.trim()) errors.push({ field: 'person.name', message: '请填写信访人姓名' });
  const mobile = mobileProblem(p.mobile);
  if (mobile) errors.push({ field: 'person.mobile', message: mobile });
  return errors;
}

function matterErrors(form: ReceptionForm, today: Date): ReceptionError[] {
  const m = form.matter;
  const errors: ReceptionError[] = [];
  if (!m.categoryCode) errors.push({ field: 'matter.categoryCode', message: '请选择内容分类' });
  if (!m.title.trim()) errors.push({ field: 'matter.title', message: '请填写主题' });
  if (!m.mainRequest.trim()) errors.push({ field: 'matter.mainRequest', message: '请填写主要诉求' });
  if (!m.townshipId) errors.push({ field: 'matter.townshipId', message: '请选择问题属地乡镇' });
  if (!(m.peopleCount >= 1)) errors.push({ field: 'matter.peopleCount', message: '人数至少为 1' });
  if (m.channel !== 'VISIT') {
    if (CHANNELS_WITH_RECEIPT_DATE.includes(m.channel) && !m.receivedOn) {
      errors.push({ field: 'matter.receivedOn', message: '来信、网上信访须填写收到日期：15 日期限自收到之日起算（《信访工作条例》第二十二条、第二十三条）' });
    } else if (m.receivedOn && localDate(m.receivedOn) > localDate(today)) {
      errors.push({ field: 'matter.receivedOn', message: '收到日期不能晚于今天' });
    }
  }
  return errors;
}

function visitErrors(form: ReceptionForm): ReceptionError[] {
  const errors: ReceptionError[] = [];
  const { arrivalAt, receptionStartedAt } = form.visit;
  if (!arrivalAt) errors.push({ field: 'visit.arrivalAt', message: '请填写到达时间' });
  if (!receptionStartedAt) errors.push({ field: 'visit.receptionStartedAt', message: '请填写开始接谈时间' });
  else if (arrivalAt && receptionStartedAt < arrivalAt) errors.push({ field: 'visit.receptionStartedAt', message: '开始接谈时间不能早于到达时间' });
  return errors;
}

function representativeErrors(form: ReceptionForm): ReceptionError[] {
  const reps = form.representatives;
  const errors: ReceptionError[] = [];
  if (reps.length > MAX_GROUP_REPRESENTATIVES)
    errors.push({ field: 'representatives', message: `多人走访代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条）` });
  else if (reps.length > form.matter.peopleCount) errors.push({ field: 'representatives', message: '代表人数不能多于来访人数' });
  reps.forEach((rep, i) => {
    if (!rep.name.trim()) errors.push({ field: `rep.${i}.name`, message: '请填写代表姓名' });
    const id = idNumberProblem(rep.idType, rep.idNumber);
    if (id) errors.push({ field: `rep.${i}.idNumber`, message: id });
  });
  return errors;
}

/** What the desk can tell before calling the API (the API checks all of it again), per field. */
export function receptionErrors(form: ReceptionForm, personKnown: boolean, today: Date = new Date()): ReceptionError[] {
  const visit = form.matter.channel === 'VISIT';
  return [...personErrors(form, personKnown), ...matterErrors(form, today), ...(visit ? [...visitErrors(form), ...representativeErrors(form)] : [])];
}

/** Which request failed: the person, representative i, or the case / visit. */
export type RequestScope = { kind: 'person' } | { kind: 'representative'; index: number } | { kind: 'case' };

const CASE_FIELDS: Record<string, ReceptionField> = {
  categoryCode: 'matter.categoryCode',
  title: 'matter.title',
  mainRequest: 'matter.mainRequest',
  factsAndReasons: 'matter.factsAndReasons',
  townshipId: 'matter.townshipId',
  villageId: 'matter.villageId',
  involvedUnitId: 'matter.involvedUnitId',
  peopleCount: 'matter.peopleCount',
  personCount: 'matter.peopleCount',
  receivedOn: 'matter.receivedOn',
  channel: 'matter.channel',
  source: 'matter.source',
  matterType: 'matter.matterType',
  visitedLevel: 'matter.visitedLevel',
  arrivalAt: 'visit.arrivalAt',
  receptionStartedAt: 'visit.receptionStartedAt',
  talkOutcome: 'visit.talkOutcome',
  representativeIds: 'representatives',
};

const PERSON_FIELDS = new Set(['idType', 'idNumber', 'name', 'mobile', 'townshipId', 'villageId', 'addressDetail']);

function deskField(scope: RequestScope, apiField: string): ReceptionField | null {
  const field = apiField.replace(/^newCase\./, '');
  if (scope.kind === 'case') return CASE_FIELDS[field] ?? null;
  if (scope.kind === 'person') return PERSON_FIELDS.has(field) ? `person.${field}` : null;
  return field === 'name' || field === 'idNumber' || field === 'idType' ? `rep.${scope.index}.${field}` : null;
}

/**
 * A failed call as the desk shows it: each field the API named (`details: [{field, message}]` from
 * the services, `[{field, problems}]` from validation) lands on its control; the rest on the form.
 */
export function apiErrors(error: unknown, scope: RequestScope): ReceptionError[] {
  const details = error instanceof HttpErrorResponse ? (error.error as { details?: unknown } | null)?.details : undefined;
  const named: ReceptionError[] = [];
  if (Array.isArray(details)) {
    for (const d of details as { field?: unknown; message?: unknown; problems?: unknown }[]) {
      const field = typeof d.field === 'string' ? deskField(scope, d.field) : null;
      const message = typeof d.message === 'string' ? d.message : Array.isArray(d.problems) ? d.problems.join('；') : null;
      if (message) named.push({ field, message });
    }
  }
  return named.some((e) => e.field) ? named : [{ field: null, message: apiErrorMessage(error) }];
}
