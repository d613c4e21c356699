import type { OrgUnitType } from '@julu/contracts';

/** Which parent each kind of unit hangs under (the county has none and is never created). */
export const PARENT_TYPES: Record<OrgUnitType, readonly OrgUnitType[]> = {
  COUNTY: [],
  TOWN: ['COUNTY'],
  TOWNSHIP: ['COUNTY'],
  DEV_ZONE: ['COUNTY'],
  BUREAU: ['COUNTY'],
  DEPARTMENT: ['COUNTY'],
  VILLAGE: ['TOWN', 'TOWNSHIP', 'DEV_ZONE'],
  COMMUNITY: ['TOWN', 'TOWNSHIP', 'DEV_ZONE'],
};

/** Type changes that keep a unit in place: 乡改镇 (and back), 村改居 (and back). */
export const TYPE_CHANGES: readonly (readonly OrgUnitType[])[] = [
  ['TOWN', 'TOWNSHIP'],
  ['VILLAGE', 'COMMUNITY'],
];

export const canChangeType = (from: OrgUnitType, to: OrgUnitType): boolean => from === to || TYPE_CHANGES.some((group) => group.includes(from) && group.includes(to));

/**
 * A 统计用区划代码 fitting the unit: 9 digits for township-level units and 12 for villages,
 * starting with the parent's code; county departments and the bureau carry no division code.
 * Returns a message naming the problem, or null.
 */
export function codeProblem(code: string, type: OrgUnitType, parentCode: string | null): string | null {
  if (type === 'BUREAU' || type === 'DEPARTMENT' || type === 'COUNTY') return '县直单位不使用区划代码';
  const length = type === 'VILLAGE' || type === 'COMMUNITY' ? 12 : 9;
  if (!new RegExp(`^\\d{${length}}$`).test(code)) return `区划代码须为 ${length} 位数字`;
  if (parentCode && !code.startsWith(parentCode)) return `区划代码须以上级单位代码 ${parentCode} 开头`;
  return null;
}
