/** 信访宣传 (DOMAIN.md §6.2, project 4): events, villages reached, annual plan and coverage of 行政村. */

/** 宣传形式. */
export const PUBLICITY_FORMS = ['MEETING', 'CONSULTATION', 'LEAFLET', 'BANNER', 'BROADCAST', 'DOOR_TO_DOOR', 'OTHER'] as const;
export type PublicityForm = (typeof PUBLICITY_FORMS)[number];
export const PUBLICITY_FORM_LABELS: Record<PublicityForm, string> = {
  MEETING: '集中宣讲',
  CONSULTATION: '现场咨询',
  LEAFLET: '发放宣传资料',
  BANNER: '悬挂横幅标语',
  BROADCAST: '广播、电子屏',
  DOOR_TO_DOOR: '入户走访',
  OTHER: '其他',
};

export interface PublicityPhotoView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface PublicityVillageRef {
  id: string;
  name: string;
  type: 'VILLAGE' | 'COMMUNITY';
}

export interface PublicityEventView {
  id: string;
  heldOn: string;
  townshipId: string;
  townshipName: string;
  form: PublicityForm;
  topic: string;
  participants: number;
  note: string;
  villages: PublicityVillageRef[];
  photos: PublicityPhotoView[];
  createdByName: string;
  createdAt: string;
}

export interface PublicityEventListResponse {
  items: PublicityEventView[];
  nextCursor: string | null;
}

export interface PublicityEventListQuery {
  year?: number;
  townshipId?: string;
  after?: string;
  limit?: number;
}

export interface CreatePublicityEventRequest {
  heldOn: string;
  townshipId: string;
  villageIds: string[];
  form: PublicityForm;
  topic: string;
  participants: number;
  note?: string;
}

/** One row of the coverage table (a township, or the county total). */
export interface PublicityCoverageRow {
  unitId: string | null;
  unitName: string;
  /** 行政村 in the org tree now (type VILLAGE, not retired): the denominator. */
  villages: number;
  /** 行政村 reached by at least one event of the year. */
  villagesReached: number;
  /** villagesReached ÷ villages, 0–1; null when the township has no 行政村 on record. */
  coverage: number | null;
  /** 行政村 with an annual plan, and of those how many had as many events as planned. */
  villagesPlanned: number;
  villagesDoneToPlan: number;
  /** villagesDoneToPlan ÷ villages (完成率), null when no 行政村 on record. */
  completion: number | null;
  /** Communities (社区) reached: shown, not part of the 行政村 coverage. */
  communitiesReached: number;
  events: number;
  /**
   * Whether the org tree holds the township's full list of 行政村 (for the county row: every
   * township counted). A township with an incomplete list shows its partial figure and is left out
   * of the county's.
   */
  villageListComplete: boolean;
}

export interface PublicityCoverageView {
  year: number;
  townships: PublicityCoverageRow[];
  /** Counted over the townships whose village list is complete only. */
  county: PublicityCoverageRow;
  /** Townships whose village list is incomplete (not counted in the county row). */
  incompleteTownships: string[];
  /** The warning to show beside the coverage, null when every list is complete. */
  warning: string | null;
}

/** A village's annual publicity plan (年度宣传计划) and what was done against it. */
export interface PublicityPlanRow {
  villageId: string;
  villageName: string;
  villageType: 'VILLAGE' | 'COMMUNITY';
  year: number;
  plannedTimes: number | null;
  note: string;
  timesReached: number;
  doneToPlan: boolean;
}

export interface UpsertPublicityPlanRequest {
  year: number;
  plannedTimes: number;
  note?: string;
}
