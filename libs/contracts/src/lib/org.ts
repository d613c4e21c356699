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
