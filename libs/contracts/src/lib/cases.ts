import { CASE_STATE_LABELS, type CaseState } from './workflow';

/** 信访形式 (2022 《信访工作条例》 Art 17). */
export const CHANNELS = ['VISIT', 'LETTER', 'ONLINE', 'PHONE', 'FAX'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { VISIT: '来访', LETTER: '来信', ONLINE: '网上信访', PHONE: '来电', FAX: '传真' };

/** Sub-types of online petitions (信箱类型 and platforms). */
export const CHANNEL_SUBTYPES = ['NATIONAL_PLATFORM', 'PROVINCIAL_PLATFORM', 'SECRETARY_MAILBOX', 'COUNTY_HEAD_MAILBOX', 'MOBILE_APP'] as const;
export type ChannelSubtype = (typeof CHANNEL_SUBTYPES)[number];
export const CHANNEL_SUBTYPE_LABELS: Record<ChannelSubtype, string> = {
  NATIONAL_PLATFORM: '国家信访局网上信访',
  PROVINCIAL_PLATFORM: '省网上信访平台',
  SECRETARY_MAILBOX: '书记信箱',
  COUNTY_HEAD_MAILBOX: '县长信箱',
  MOBILE_APP: '手机APP/小程序',
};

/** 来源. */
export const CASE_SOURCES = ['DIRECT', 'ASSIGNED_BY_UPPER', 'FORWARDED_BY_UPPER', 'LEADER_INSTRUCTION', 'HOTLINE_12345', 'SCREENING', 'MEDIA'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  DIRECT: '直接提出',
  ASSIGNED_BY_UPPER: '上级交办',
  FORWARDED_BY_UPPER: '上级转送',
  LEADER_INSTRUCTION: '本级领导批办',
  HOTLINE_12345: '12345转办',
  SCREENING: '排查发现',
  MEDIA: '媒体舆情',
};

/** 事项类型 (Arts 29–31): drives the handling branch. */
export const MATTER_TYPES = ['SUGGESTION', 'ACCUSATION', 'APPEAL'] as const;
export type MatterType = (typeof MATTER_TYPES)[number];
export const MATTER_TYPE_LABELS: Record<MatterType, string> = { SUGGESTION: '建议意见类', ACCUSATION: '检举控告类', APPEAL: '申诉求决类' };

/** The level of organ a visit reached (走访到达层级), from which 越级 is derived. */
export const VISITED_LEVELS = ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
export type VisitedLevel = (typeof VISITED_LEVELS)[number];
export const VISITED_LEVEL_LABELS: Record<VisitedLevel, string> = { COUNTY: '县级', CITY: '市级', PROVINCE: '省级', NATIONAL: '国家级' };

export const CASE_PETITIONER_ROLES = ['PRIMARY', 'CO_PETITIONER', 'REPRESENTATIVE'] as const;
export type CasePetitionerRole = (typeof CASE_PETITIONER_ROLES)[number];
export const CASE_PETITIONER_ROLE_LABELS: Readonly<Record<CasePetitionerRole, string>> = {
  PRIMARY: '主要信访人',
  CO_PETITIONER: '共同信访人',
  REPRESENTATIVE: '代表',
};

/** Case states of DOMAIN.md §1.10, driven by the workflow (see workflow.ts). */
export type CaseStatus = CaseState;
export const CASE_STATUS_LABELS: Readonly<Record<string, string>> = CASE_STATE_LABELS;

/** 内容分类: a two-level dictionary; cases keep the code and label as they were at registration. */
export interface ContentCategory {
  code: string;
  label: string;
  parentCode: string | null;
  /** Earlier or alternative names (e.g. 国土资源 for 自然资源). */
  aliases: string[];
  retired: boolean;
  /** Counts the entry's changes; a case records the version it was registered with. */
  version: number;
}

export interface CreateContentCategoryRequest {
  /** L1: two digits; L2: the parent's code followed by two digits (e.g. 0401). */
  code: string;
  label: string;
  parentCode?: string;
  aliases?: string[];
}

/** Rename (the old label stays an alias), change aliases or order, retire or restore. */
export interface UpdateContentCategoryRequest {
  label?: string;
  aliases?: string[];
  sortOrder?: number;
  retired?: boolean;
}

export interface CreateCaseRequest {
  channel: Channel;
  channelSubtype?: ChannelSubtype;
  source: CaseSource;
  matterType: MatterType;
  categoryCode: string;
  title: string;
  mainRequest: string;
  factsAndReasons?: string;
  townshipId: string;
  villageId?: string;
  locationDetail?: string;
  /** The unit the matter concerns (涉及单位); for 检举控告 the accused unit, which never sees the case. */
  involvedUnitId?: string;
  peopleCount: number;
  jointSigners?: number;
  /** For visits: the level of organ reached; above 本级或上一级 (county, city) is 越级. */
  visitedLevel?: VisitedLevel;
  lawRelated?: boolean;
  /**
   * 收到日期 (YYYY-MM-DD), from which the 15-day intake limit runs (Arts 22, 23): required for
   * letters (the day it arrived, or its postmark when arrival was not recorded) and online
   * submissions (the day submitted); visits and calls default to the day of registration.
   */
  receivedOn?: string;
  petitioners: { petitionerId: string; role: CasePetitionerRole }[];
}

/** Channels whose matter reaches the organ before anyone registers it: the receipt day must be given. */
export const CHANNELS_WITH_RECEIPT_DATE: readonly Channel[] = ['LETTER', 'ONLINE'];

export interface CaseFlags {
  group: boolean;
  skipLevel: boolean;
  jointLetter: boolean;
  lawRelated: boolean;
  /** A confirmed repeat of an earlier case (同人+同事). */
  repeat: boolean;
}

export interface CaseSummary {
  id: string;
  caseNo: string;
  registeredAt: string;
  channel: Channel;
  source: CaseSource;
  matterType: MatterType;
  categoryCode: string;
  categoryLabel: string;
  title: string;
  townshipId: string;
  townshipName: string;
  villageName: string | null;
  status: CaseStatus;
  peopleCount: number;
  flags: CaseFlags;
  /** The primary petitioner's name (masked data never appears here). */
  primaryPetitionerName: string | null;
}

export interface CaseDetail extends CaseSummary {
  channelSubtype: ChannelSubtype | null;
  mainRequest: string;
  factsAndReasons: string | null;
  villageId: string | null;
  locationDetail: string | null;
  involvedUnitId: string | null;
  involvedUnitName: string | null;
  jointSigners: number;
  visitedLevel: VisitedLevel | null;
  registeredByName: string;
  /** 收到日期: the intake clock (D1/D2) runs from it. */
  receivedOn: string;
  /** 登记延迟: days from receipt to registration (0 when registered the day it was received). */
  registrationDelayDays: number;
  petitioners: { petitionerId: string; name: string; role: CasePetitionerRole; idNumberMasked: string | null }[];
  priorCaseId: string | null;
  priorCaseNo: string | null;
  /** How many earlier cases this one repeats, along its chain of confirmed repeats. */
  repeatCount: number;
}

/** Answer to registration: the case and its query code (查询码), shown once on the receipt (回执). */
export interface CaseRegistration {
  case: CaseDetail;
  queryCode: string;
}

export interface CaseListQuery {
  from?: string;
  to?: string;
  channel?: Channel;
  matterType?: MatterType;
  categoryCode?: string;
  townshipId?: string;
  villageId?: string;
  status?: string;
  group?: boolean;
  skipLevel?: boolean;
  lawRelated?: boolean;
  repeat?: boolean;
  keyword?: string;
  /** Cases this petitioner is party to (the reception desk shows a person's prior cases). */
  petitionerId?: string;
  /** nextCursor of the previous page. */
  after?: string;
  limit?: number;
}

export interface CaseListResponse {
  items: CaseSummary[];
  nextCursor: string | null;
}

/**
 * The body of POST /cases/lookup, a case picker's search: what the user typed, kept out of the URL
 * since it may be a petitioner's name (docs/SECURITY.md "Never in URLs or logs").
 */
export interface CaseLookupRequest {
  /** Digits: a case number, whole or its leading or closing digits. Otherwise part of a petitioner's name or of the title or request. */
  text: string;
}

/** How many matches a case lookup answers at most (the newest first): a picker, not a list. */
export const CASE_LOOKUP_LIMIT = 20;

/** 来访接待登记: one visit is one batch (批次) of N persons (人次). */
export interface RegisterVisitRequest {
  /** Attach to an existing case … */
  caseId?: string;
  /** … or register a new one (its channel must be VISIT). */
  newCase?: CreateCaseRequest;
  /** When the visitors arrived (ISO date-time); defaults to the reception start. */
  arrivalAt: string;
  /** When the talk (接谈) began; the reception-timeliness indicator uses both times. */
  receptionStartedAt: string;
  personCount: number;
  /** Petitioners who spoke for a group (多人走访 elect at most five). */
  representativeIds: string[];
  /** 接谈情况: what was said and agreed. */
  talkOutcome?: string;
}

export interface VisitView {
  id: string;
  caseId: string;
  caseNo: string;
  arrivalAt: string;
  receptionStartedAt: string;
  /** Minutes from arrival to the start of the talk. */
  waitMinutes: number;
  personCount: number;
  group: boolean;
  representatives: { petitionerId: string; name: string }[];
  talkOutcome: string | null;
  receivedByName: string;
}

export interface VisitRegistration {
  visit: VisitView;
  /** Present when the visit registered a new case: its query code for the receipt. */
  queryCode: string | null;
}

/** What the desk knows while registering; every field optional. */
export interface RepeatCandidatesRequest {
  petitionerId?: string;
  idNumber?: string;
  phone?: string;
  name?: string;
  villageId?: string;
  categoryCode?: string;
  /** Title and request as typed so far. */
  text?: string;
  /** The case being registered or reviewed, left out of its own candidates. */
  excludeCaseId?: string;
}

export interface RepeatCandidate {
  caseId: string;
  caseNo: string;
  registeredAt: string;
  title: string;
  categoryLabel: string;
  status: string;
  townshipName: string;
  villageName: string | null;
  personScore: number;
  matterScore: number;
  score: number;
  reasons: string[];
  likelyRepeat: boolean;
}

export interface RepeatCandidatesResponse {
  /** Earlier cases of the same person, best first; `likelyRepeat` marks the same matter too. */
  samePerson: RepeatCandidate[];
  /** Recent cases of other people on the same matter in the same place: a possible group matter. */
  sameMatter: RepeatCandidate[];
}

export type RepeatDecision = 'CONFIRMED' | 'DISMISSED';

export interface DecideRepeatRequest {
  priorCaseId: string;
  decision: RepeatDecision;
  score?: number;
  reasons?: string[];
}

export interface RepeatLinkView {
  caseId: string;
  priorCaseId: string;
  priorCaseNo: string;
  status: RepeatDecision | 'UNDONE';
  score: number | null;
  reasons: string[];
  decidedByName: string;
  decidedAt: string;
  /** How the 不再受理 rule applies, given the earlier case's state (shown to staff). */
  advice: string | null;
}

/** A file attached to a case (scanned letter, photo, document), stored outside the database. */
export interface AttachmentView {
  id: string;
  caseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedByName: string;
  uploadedAt: string;
}
