import { type CreateHotspotRequest, RISK_LEVEL_LABELS, type RiskLevel, UPWARD_DIRECTION_LABELS, type UpwardDirection } from '@julu/contracts';

/** The columns of the ledger sheet, in order: what the import reads and the export writes first. */
export const HOTSPOT_SHEET_COLUMNS = [
  ['foundOn', '排查日期', 12],
  ['foundBy', '排查人', 10],
  ['reportingOrg', '排查单位', 16],
  ['township', '乡镇', 10],
  ['village', '村（社区）', 12],
  ['category', '隐患类别', 14],
  ['description', '隐患描述', 40],
  ['mainDemand', '主要诉求', 30],
  ['peopleInvolved', '涉及人数', 8],
  ['groupType', '涉及群体', 12],
  ['possibleDirection', '可能上行方向', 10],
  ['riskLevel', '风险等级', 10],
  ['leaderInCharge', '包案领导', 10],
  ['responsibleOrg', '责任单位', 16],
  ['responsiblePerson', '责任人', 10],
  ['stabilityPerson', '稳控责任人', 10],
  ['measuresResolve', '化解措施', 30],
  ['measuresStability', '稳控措施', 30],
  ['deadlineDays', '化解时限（日）', 10],
] as const;
export type SheetKey = (typeof HOTSPOT_SHEET_COLUMNS)[number][0];
export type SheetRow = Partial<Record<SheetKey, string>>;

/** What a row is checked against: the importer's townships, their villages, the categories. */
export interface SheetReferences {
  townships: Map<string, string>;
  villages: Map<string, Map<string, string>>;
  categories: Map<string, { code: string; label: string }>;
  today: string;
}

const REQUIRED: readonly SheetKey[] = [
  'foundOn',
  'foundBy',
  'reportingOrg',
  'township',
  'category',
  'description',
  'mainDemand',
  'peopleInvolved',
  'riskLevel',
  'leaderInCharge',
  'responsibleOrg',
  'responsiblePerson',
  'stabilityPerson',
  'measuresResolve',
  'measuresStability',
  'deadlineDays',
];
const LABEL = Object.fromEntries(HOTSPOT_SHEET_COLUMNS.map(([key, header]) => [key, header])) as Record<SheetKey, string>;
const DIRECTIONS = new Map(Object.entries(UPWARD_DIRECTION_LABELS).map(([k, v]) => [v, k as UpwardDirection]));

/** Risk level as 1–4, 重大/较大/一般/较低, 红/橙/黄/蓝 or the full label. */
function riskLevel(value: string): RiskLevel | null {
  for (const [level, label] of Object.entries(RISK_LEVEL_LABELS)) {
    const [word, colour] = [label.slice(0, 2), label.slice(3, 4)];
    if (value === level || value === label || value === word || value === colour || value === `${colour}色`) return Number(level) as RiskLevel;
  }
  return null;
}

const LIMITS: Partial<Record<SheetKey, number>> = {
  foundBy: 50,
  reportingOrg: 100,
  description: 4000,
  mainDemand: 2000,
  groupType: 50,
  leaderInCharge: 50,
  responsibleOrg: 100,
  responsiblePerson: 50,
  stabilityPerson: 50,
  measuresResolve: 4000,
  measuresStability: 4000,
};

/** Checks one row; returns the request to save, or every reason (in Chinese) it cannot be saved. */
export function checkSheetRow(row: SheetRow, refs: SheetReferences): { request: (CreateHotspotRequest & { categoryLabel: string }) | null; errors: string[] } {
  const errors: string[] = [];
  const v = (key: SheetKey): string => (row[key] ?? '').trim();
  for (const key of REQUIRED) if (!v(key)) errors.push(`缺少“${LABEL[key]}”`);
  for (const [key, max] of Object.entries(LIMITS) as [SheetKey, number][]) if (v(key).length > max) errors.push(`“${LABEL[key]}”不超过 ${max} 个字`);
  const foundOn = v('foundOn');
  if (foundOn && !/^\d{4}-\d{2}-\d{2}$/.test(foundOn)) errors.push(`排查日期“${foundOn}”应为 YYYY-MM-DD`);
  else if (foundOn && foundOn > refs.today) errors.push('排查日期不能晚于今天');
  const townshipId = v('township') ? refs.townships.get(v('township')) : undefined;
  if (v('township') && !townshipId) errors.push(`乡镇“${v('township')}”不存在或不在您的管辖范围内`);
  const villageId = townshipId && v('village') ? refs.villages.get(townshipId)?.get(v('village')) : undefined;
  if (townshipId && v('village') && !villageId) errors.push(`村（社区）“${v('village')}”不属于${v('township')}`);
  const category = v('category') ? refs.categories.get(v('category')) : undefined;
  if (v('category') && !category) errors.push(`隐患类别“${v('category')}”不在内容分类中`);
  const people = Number(v('peopleInvolved'));
  if (v('peopleInvolved') && (!Number.isInteger(people) || people < 1 || people > 100000)) errors.push(`涉及人数“${v('peopleInvolved')}”应为不小于 1 的整数`);
  const direction = v('possibleDirection') ? DIRECTIONS.get(v('possibleDirection')) : undefined;
  if (v('possibleDirection') && !direction) errors.push(`可能上行方向“${v('possibleDirection')}”应为赴市、到省或进京`);
  const level = v('riskLevel') ? riskLevel(v('riskLevel')) : null;
  if (v('riskLevel') && !level) errors.push(`风险等级“${v('riskLevel')}”应为 1–4 或 重大/较大/一般/较低`);
  const days = Number(v('deadlineDays'));
  if (v('deadlineDays') && (!Number.isInteger(days) || days < 1 || days > 366)) errors.push(`化解时限“${v('deadlineDays')}”应为 1–366 的整数（日）`);
  if (errors.length > 0 || !townshipId || !category || !level) return { request: null, errors };
  return {
    errors,
    request: {
      foundOn,
      foundBy: v('foundBy'),
      reportingOrg: v('reportingOrg'),
      townshipId,
      villageId: villageId ?? null,
      categoryCode: category.code,
      categoryLabel: category.label,
      description: v('description'),
      mainDemand: v('mainDemand'),
      peopleInvolved: people,
      groupType: v('groupType'),
      possibleDirection: direction ?? null,
      riskLevel: level,
      leaderInCharge: v('leaderInCharge'),
      responsibleOrg: v('responsibleOrg'),
      responsiblePerson: v('responsiblePerson'),
      stabilityPerson: v('stabilityPerson'),
      measuresResolve: v('measuresResolve'),
      measuresStability: v('measuresStability'),
      deadlineDays: days,
    },
  };
}
