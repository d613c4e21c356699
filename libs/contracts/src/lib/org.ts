/** Kinds of organisational unit (组织单位类型). */
export const ORG_UNIT_TYPES = [
  'COUNTY', // 县
  'TOWN', // 镇
  'TOWNSHIP', // 乡
  'DEV_ZONE', // 开发区
  'VILLAGE', // 村
  'COMMUNITY', // 社区
  'BUREAU', // 县信访局
  'DEPARTMENT', // 县直责任单位
] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

export interface OrgUnitSummary {
  id: string;
  code: string | null;
  name: string;
  type: OrgUnitType;
  parentId: string | null;
}

/** Township-level unit types (乡镇级): the territory a township officer is bound to. */
export const TOWNSHIP_LEVEL_TYPES = ['TOWN', 'TOWNSHIP', 'DEV_ZONE'] as const satisfies readonly OrgUnitType[];

/** Village-level unit types (村级). */
export const VILLAGE_LEVEL_TYPES = ['VILLAGE', 'COMMUNITY'] as const satisfies readonly OrgUnitType[];

export const ORG_UNIT_TYPE_LABELS: Record<OrgUnitType, string> = {
  COUNTY: '县',
  TOWN: '镇',
  TOWNSHIP: '乡',
  DEV_ZONE: '开发区',
  VILLAGE: '村',
  COMMUNITY: '社区',
  BUREAU: '信访局',
  DEPARTMENT: '县直单位',
};

/** A unit with its administrative details (org tree page, lookups). */
export interface OrgUnitDetail extends OrgUnitSummary {
  /** Former names that still resolve to this unit (e.g. 观寨乡 for 观寨镇). */
  aliases: string[];
  /** 机关代字 that starts the numbers of the notices it issues (巨信); null: its name is used. */
  documentAbbr: string | null;
  retired: boolean;
  sortOrder: number;
  /** Active child units (villages of a township). */
  childCount: number;
}

/** Query of `GET /api/org-units`: without parentId the administrative units; with it, the children. */
export interface OrgUnitListQuery {
  parentId?: string;
  includeRetired?: boolean;
}

/** One unit a name resolves to, by its current name or a former one. */
export interface OrgUnitResolution {
  unit: OrgUnitDetail;
  /** The unit's township-level ancestor, when it has one (villages). */
  township: OrgUnitSummary | null;
  matchedAlias: string | null;
}

export interface CreateOrgUnitRequest {
  name: string;
  type: OrgUnitType;
  parentId: string;
  code?: string;
}

/** Rename (the old name stays as an alias), recode, reorder, change 乡↔镇, retire or restore. */
export interface UpdateOrgUnitRequest {
  name?: string;
  code?: string | null;
  type?: OrgUnitType;
  sortOrder?: number;
  retired?: boolean;
  /** 机关代字 (DOCUMENT_ABBR_PATTERN); null clears it (the unit's name is used). */
  documentAbbr?: string | null;
}

/** A 机关代字: 1–8 Chinese characters, nothing else (it starts a notice number: 巨信受告〔2026〕1号). */
export const DOCUMENT_ABBR_PATTERN = /^\p{Script=Han}{1,8}$/u;
export const DOCUMENT_ABBR_RULE = '机关代字须为 1–8 个汉字（如 巨信、巨人社），不能含字母、数字、空格或符号';
/** Units that issue notices in their own name; villages and communities never decide a matter. */
export const DOCUMENT_ABBR_UNIT_TYPES: readonly OrgUnitType[] = ['COUNTY', 'TOWN', 'TOWNSHIP', 'DEV_ZONE', 'BUREAU', 'DEPARTMENT'];

/**
 * Whom this deployment serves, read from its org tree (the COUNTY and BUREAU units), so nothing
 * county-specific is built into the web app. Public: the login page and the public lookup show it.
 */
export interface DeploymentNames {
  /** The county's name (巨鹿县), or null before the org tree has a county. */
  countyName: string | null;
  /** The petition bureau's name (巨鹿县信访局), or null before the org tree has one. */
  bureauName: string | null;
}
