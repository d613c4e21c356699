/** Kinds of identity document (证件类型). */
export const ID_TYPES = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_TAIWAN', 'OTHER'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  RESIDENT_ID: '居民身份证',
  PASSPORT: '护照',
  HK_MACAO_TAIWAN: '港澳台居民证件',
  OTHER: '其他证件',
};

/** 政治面貌. */
export const POLITICAL_STATUSES = ['MASSES', 'LEAGUE_MEMBER', 'PARTY_MEMBER', 'OTHER'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export const POLITICAL_STATUS_LABELS: Record<PoliticalStatus, string> = {
  MASSES: '群众',
  LEAGUE_MEMBER: '共青团员',
  PARTY_MEMBER: '中共党员',
  OTHER: '其他',
};

/** A petitioner (信访人) as every normal response shows them: personal data masked. */
export interface PetitionerView {
  id: string;
  name: string;
  idType: IdType;
  /** Masked, e.g. `1305**********123X` (first 4 and last 4); null when none was given. */
  idNumberMasked: string | null;
  gender: 'MALE' | 'FEMALE' | null;
  /**
   * Year of birth from a resident ID. Never the full date: digits 7–14 of the ID are the birth
   * date, and with it the masked number would be readable whole.
   */
  birthYear: number | null;
  /** Masked, e.g. `138****0000`. */
  mobileMasked: string | null;
  landlineMasked: string | null;
  townshipId: string | null;
  townshipName: string | null;
  villageId: string | null;
  villageName: string | null;
  /** Whether a detailed address is on file (shown only through reveal). */
  hasAddressDetail: boolean;
  politicalStatus: PoliticalStatus | null;
  occupation: string | null;
  workplace: string | null;
  isRepresentative: boolean;
  createdAt: string;
}

export interface CreatePetitionerRequest {
  name: string;
  idType: IdType;
  idNumber?: string;
  mobile?: string;
  landline?: string;
  townshipId?: string;
  villageId?: string;
  addressDetail?: string;
  politicalStatus?: PoliticalStatus;
  occupation?: string;
  workplace?: string;
  isRepresentative?: boolean;
}

/**
 * Exact lookups by full ID number or phone (blind index), or a name within a village. Sent as a
 * POST body (API_ROUTES.petitionersLookup), never in a URL: URLs end up in logs, proxies and history.
 */
export interface FindPetitionersRequest {
  idNumber?: string;
  phone?: string;
  name?: string;
  villageId?: string;
}

/** Fields whose full value can be revealed (with a reason, audited). */
export const REVEALABLE_FIELDS = ['idNumber', 'mobile', 'landline', 'addressDetail'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export const REVEALABLE_FIELD_LABELS: Record<RevealableField, string> = {
  idNumber: '证件号码',
  mobile: '手机号码',
  landline: '固定电话',
  addressDetail: '详细住址',
};

export interface RevealRequest {
  field: RevealableField;
  /** Why the full value is needed; stored in the audit log. */
  reason: string;
}

export interface RevealResponse {
  field: RevealableField;
  value: string | null;
}
