import { type CaseSource, type Channel, CHANNELS_WITH_RECEIPT_DATE, type CreateCaseRequest, type CreatePetitionerRequest, type MatterType, type RegisterVisitRequest, type VisitedLevel } from '@julu/contracts';
import { MAX_GROUP_REPRESENTATIVES, validateResidentId } from '@julu/domain';

/** The reception desk's form values (strings as typed; empty = not given). */
export interface ReceptionForm {
  person: { idNumber: string; name: string; mobile: string; townshipId: string; villageId: string; addressDetail: string };
  matter: {
    channel: Channel;
    source: CaseSource;
    matterType: MatterType;
    categoryCode: string;
    title: string;
    mainRequest: string;
    factsAndReasons: string;
    townshipId: string;
    villageId: string;
    involvedUnitId: string;
    peopleCount: number;
    visitedLevel: VisitedLevel;
    lawRelated: boolean;
    /** 收到日期 `yyyy-MM-dd` ('' = not given; a visit is received when registered). */
    receivedOn: string;
  };
  visit: { arrivalAt: string; receptionStartedAt: string; talkOutcome: string };
  representatives: { name: string; idNumber: string }[];
}

/** `yyyy-MM-ddTHH:mm` in local time, the value of a datetime-local input. */
export function localDateTime(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

const optional = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** A new petitioner from the person part of the form (resident ID when the number is one). */
export function petitionerRequest(person: { idNumber: string; name: string; mobile?: string; townshipId: string; villageId?: string; addressDetail?: string }): CreatePetitionerRequest {
  const isResidentId = person.idNumber.trim() !== '' && validateResidentId(person.idNumber).valid;
  return {
    name: person.name.trim(),
    idType: isResidentId || !person.idNumber.trim() ? 'RESIDENT_ID' : 'OTHER',
    idNumber: optional(person.idNumber),
    mobile: optional(person.mobile ?? ''),
    townshipId: optional(person.townshipId),
    villageId: optional(person.villageId ?? ''),
    addressDetail: optional(person.addressDetail ?? ''),
  };
}

/** The case request, with the primary petitioner first and representatives after. */
export function caseRequest(form: ReceptionForm, primaryId: string, representativeIds: string[]): CreateCaseRequest {
  const m = form.matter;
  return {
    channel: m.channel,
    source: m.source,
    matterType: m.matterType,
    categoryCode: m.categoryCode,
    title: m.title.trim(),
    mainRequest: m.mainRequest.trim(),
    factsAndReasons: optional(m.factsAndReasons),
    townshipId: m.townshipId,
    villageId: optional(m.villageId),
    involvedUnitId: optional(m.involvedUnitId),
    peopleCount: m.peopleCount,
    visitedLevel: m.channel === 'VISIT' ? m.visitedLevel : undefined,
    lawRelated: m.lawRelated,
    receivedOn: m.channel === 'VISIT' ? undefined : optional(m.receivedOn),
    petitioners: [
      { petitionerId: primaryId, role: 'PRIMARY' },
      ...representativeIds.filter((id) => id !== primaryId).map((petitionerId) => ({ petitionerId, role: 'REPRESENTATIVE' as const })),
    ],
  };
}

export function visitRequest(form: ReceptionForm, newCase: CreateCaseRequest, representativeIds: string[]): RegisterVisitRequest {
  return {
    newCase,
    arrivalAt: new Date(form.visit.arrivalAt).toISOString(),
    receptionStartedAt: new Date(form.visit.receptionStartedAt).toISOString(),
    personCount: form.matter.peopleCount,
    representativeIds,
    talkOutcome: optional(form.visit.talkOutcome),
  };
}

/** Problems the desk can tell before calling the API (the API checks all of them again). */
export function receptionProblems(form: ReceptionForm, personKnown: boolean): string[] {
  const problems: string[] = [];
  if (!personKnown && !form.person.name.trim()) problems.push('请填写信访人姓名');
  if (form.person.idNumber.trim() && !personKnown) {
    const result = validateResidentId(form.person.idNumber);
    if (!result.valid && /^\d{15}(\d{2}[\dXx])?$/.test(form.person.idNumber.trim())) problems.push(result.message);
  }
  if (!form.matter.categoryCode) problems.push('请选择内容分类');
  if (!form.matter.title.trim()) problems.push('请填写主题');
  if (!form.matter.mainRequest.trim()) problems.push('请填写主要诉求');
  if (!form.matter.townshipId) problems.push('请选择问题属地乡镇');
  if (form.matter.peopleCount < 1) problems.push('人数至少为 1');
  if (form.representatives.length > MAX_GROUP_REPRESENTATIVES) problems.push(`多人走访代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条）`);
  if (form.representatives.some((r) => !r.name.trim())) problems.push('请填写每位代表的姓名');
  if (CHANNELS_WITH_RECEIPT_DATE.includes(form.matter.channel) && !form.matter.receivedOn.trim()) {
    problems.push('来信、网上信访须填写收到日期：15 日期限自收到之日起算（《信访工作条例》第二十二条、第二十三条）');
  }
  if (form.matter.channel !== 'VISIT' && form.matter.receivedOn.trim() > localDateTime(new Date()).slice(0, 10)) problems.push('收到日期不能晚于今天');
  if (form.matter.channel === 'VISIT') {
    if (!form.visit.arrivalAt || !form.visit.receptionStartedAt) problems.push('请填写到达时间和开始接谈时间');
    else if (form.visit.receptionStartedAt < form.visit.arrivalAt) problems.push('开始接谈时间不能早于到达时间');
    if (form.representatives.length > form.matter.peopleCount) problems.push('代表人数不能多于来访人数');
  }
  return problems;
}

/** What the desk takes from its URL: a hotspot opens it with ?title=&mainRequest=&townshipId=. */
export interface ReceptionPrefill {
  title?: string | null;
  mainRequest?: string | null;
  townshipId?: string | null;
}

/** The matter prefilled within the case limits; a township officer keeps their own township. */
export function prefillMatter(form: ReceptionForm, prefill: ReceptionPrefill, fixedTownship: string): ReceptionForm {
  const title = prefill.title?.trim().slice(0, 200);
  const mainRequest = prefill.mainRequest?.trim().slice(0, 4000);
  const townshipId = fixedTownship || prefill.townshipId?.trim() || form.matter.townshipId;
  return { ...form, matter: { ...form.matter, title: title || form.matter.title, mainRequest: mainRequest || form.matter.mainRequest, townshipId } };
}
