/**
 * 统计用区划代码 below county level (国家统计局; GB/T 10114 县以下行政区划代码编制规则):
 * 6 digits county + 3 digits township (001–099 街道, 100–199 镇, 200–399 乡, 400–599 other
 * township-level units) + 3 digits village (001–199 居民委员会/社区, 200–399 村民委员会).
 */
export type VillageKind = 'VILLAGE' | 'COMMUNITY';

export interface VillageRecord {
  code: string;
  townshipCode: string;
  name: string;
  kind: VillageKind;
}

const VILLAGE_SUFFIXES: readonly { suffix: string; kind: VillageKind }[] = [
  { suffix: '村民委员会', kind: 'VILLAGE' },
  { suffix: '村委会', kind: 'VILLAGE' },
  { suffix: '社区居民委员会', kind: 'COMMUNITY' },
  { suffix: '居民委员会', kind: 'COMMUNITY' },
  { suffix: '社区居委会', kind: 'COMMUNITY' },
  { suffix: '居委会', kind: 'COMMUNITY' },
];

/** Village-level code → kind by its last three digits, or null when the code is not 12 digits. */
export function villageKindOfCode(code: string): VillageKind | null {
  if (!/^\d{12}$/.test(code)) return null;
  const serial = Number(code.slice(9));
  if (serial >= 1 && serial <= 199) return 'COMMUNITY';
  if (serial >= 200 && serial <= 399) return 'VILLAGE';
  return null;
}

/**
 * The name people use for a 村/居委会: "王权村村民委员会" → "王权村", "蓦门村民委员会" → "蓦门村",
 * "南街社区居委会" → "南街社区", "七里岗居委会" → "七里岗社区".
 */
export function villageDisplayName(officialName: string, kind: VillageKind): string {
  const name = officialName.trim().replace(/\s+/g, '');
  const match = VILLAGE_SUFFIXES.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length);
  const stem = match ? name.slice(0, -match.suffix.length) : name;
  if (kind === 'VILLAGE') return stem.endsWith('村') ? stem : `${stem}村`;
  return stem.endsWith('社区') ? stem : `${stem}社区`;
}

/**
 * Parses one line of a 统计用区划代码 export: `code,name[,城乡分类代码]` (comma or tab separated;
 * a header line or a county/township-level line yields null).
 */
export function parseVillageLine(line: string): VillageRecord | null {
  const [rawCode, rawName] = line.split(/[,\t]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (!rawCode || !rawName) return null;
  const kind = villageKindOfCode(rawCode);
  if (!kind) return null;
  return { code: rawCode, townshipCode: rawCode.slice(0, 9), name: villageDisplayName(rawName, kind), kind };
}
