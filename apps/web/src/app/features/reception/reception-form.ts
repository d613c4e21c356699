import {
  type CaseSource,
  type Channel,
  type CreateCaseRequest,
  type CreatePetitionerRequest,
  type IdType,
  type MatterType,
  type RegisterVisitRequest,
  type VisitedLevel,
} from '@julu/contracts';

/** A person as the desk types them: the 证件类型 is chosen explicitly (居民身份证 by default). */
export interface PersonEntry {
  idType: IdType;
  idNumber: string;
  name: string;
}

/** The reception desk's form values (strings as typed, '' = not given; dates as the pickers hold them). */
export interface ReceptionForm {
  person: PersonEntry & { mobile: string; townshipId: string; villageId: string; addressDetail: string };
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
    /** 收到日期 (null = not given; a visit is received when registered). */
    receivedOn: Date | null;
  };
  visit: { arrivalAt: Date | null; receptionStartedAt: Date | null; talkOutcome: string };
  representatives: PersonEntry[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `yyyy-MM-dd` of a date in local time (the users' zone). */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The current minute: what the arrival and talk pickers start at. */
export function thisMinute(now: Date = new Date()): Date {
  const at = new Date(now);
  at.setSeconds(0, 0);
  return at;
}

/** A blank desk: 来访, 居民身份证, arrival and talk at the current minute. */
export const emptyReceptionForm = (townshipId: string): ReceptionForm => {
  const now = thisMinute();
  return {
    person: { idType: 'RESIDENT_ID', idNumber: '', name: '', mobile: '', townshipId, villageId: '', addressDetail: '' },
    matter: {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '',
      title: '',
      mainRequest: '',
      factsAndReasons: '',
      townshipId,
      villageId: '',
      involvedUnitId: '',
      peopleCount: 1,
      visitedLevel: 'COUNTY',
      lawRelated: false,
      receivedOn: null,
    },
    visit: { arrivalAt: now, receptionStartedAt: now, talkOutcome: '' },
    representatives: [],
  };
};

const optional = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** A new petitioner from the person part of the form, with the document type the desk chose. */
export function petitionerRequest(person: PersonEntry & { mobile?: string; townshipId: string; villageId?: string; addressDetail?: string }): CreatePetitionerRequest {
  return {
    name: person.name.trim(),
    idType: person.idType,
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
    receivedOn: m.channel === 'VISIT' || !m.receivedOn ? undefined : localDate(m.receivedOn),
    petitioners: [
      { petitionerId: primaryId, role: 'PRIMARY' },
      ...representativeIds.filter((id) => id !== primaryId).map((petitionerId) => ({ petitionerId, role: 'REPRESENTATIVE' as const })),
    ],
  };
}

/** The visit request; the times are present (receptionErrors refuses a visit without them). */
export function visitRequest(form: ReceptionForm, newCase: CreateCaseRequest, representativeIds: string[]): RegisterVisitRequest {
  const started = form.visit.receptionStartedAt ?? new Date();
  return {
    newCase,
    arrivalAt: (form.visit.arrivalAt ?? started).toISOString(),
    receptionStartedAt: started.toISOString(),
    personCount: form.matter.peopleCount,
    representativeIds,
    talkOutcome: optional(form.visit.talkOutcome),
  };
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
