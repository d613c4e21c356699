import type { CreateHotspotRequest } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

/** The controls of 登记信访隐患, in reading order (the template's `data-field`s). */
export const HOTSPOT_FIELDS = [
  'foundOn',
  'foundBy',
  'reportingOrg',
  'townshipId',
  'villageId',
  'categoryCode',
  'description',
  'mainDemand',
  'peopleInvolved',
  'groupType',
  'possibleDirection',
  'riskLevel',
  'leaderInCharge',
  'responsibleOrg',
  'responsiblePerson',
  'stabilityPerson',
  'measuresResolve',
  'measuresStability',
  'deadlineDays',
] as const;

/** The free-text fields the API requires, with their names and longest lengths (HotspotDto). */
const TEXTS: readonly (readonly [keyof CreateHotspotRequest, string, number])[] = [
  ['foundBy', '排查人', 50],
  ['reportingOrg', '排查单位', 100],
  ['description', '隐患描述', 4000],
  ['mainDemand', '主要诉求', 2000],
  ['leaderInCharge', '包案（责任）领导', 50],
  ['responsibleOrg', '责任单位', 100],
  ['responsiblePerson', '责任人', 50],
  ['stabilityPerson', '稳控责任人', 50],
  ['measuresResolve', '化解措施', 4000],
  ['measuresStability', '稳控措施', 4000],
];

/** A required text as the API takes it: present after trimming and no longer than `max`. Null = fine. */
export function textProblem(label: string, value: string | null | undefined, max: number): string | null {
  const text = (value ?? '').trim();
  if (!text) return `请填写${label}`;
  return text.length > max ? `${label}不超过 ${max} 个字，请删减` : null;
}

function wholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** What the API would refuse in a new hotspot (the same rules as its DTO), each on its control; [] = fine. */
export function hotspotFormErrors(form: CreateHotspotRequest): FieldError[] {
  const errors: FieldError[] = [];
  const text = (field: keyof CreateHotspotRequest): void => {
    const entry = TEXTS.find(([f]) => f === field);
    if (!entry) return;
    const [, label, max] = entry;
    const message = textProblem(label, String(form[field] ?? ''), max);
    if (message) errors.push({ field, message });
  };
  if (!form.foundOn) errors.push({ field: 'foundOn', message: '请选择排查日期' });
  text('foundBy');
  text('reportingOrg');
  if (!form.townshipId) errors.push({ field: 'townshipId', message: '请选择属地乡镇' });
  if (!form.categoryCode) errors.push({ field: 'categoryCode', message: '请选择隐患类别' });
  text('description');
  text('mainDemand');
  if (!wholeIn(form.peopleInvolved, 1, 100000)) errors.push({ field: 'peopleInvolved', message: '涉及人数须为 1 至 100000 的整数' });
  if ((form.groupType ?? '').trim().length > 50) errors.push({ field: 'groupType', message: '涉及群体不超过 50 个字，请删减' });
  text('leaderInCharge');
  text('responsibleOrg');
  text('responsiblePerson');
  text('stabilityPerson');
  text('measuresResolve');
  text('measuresStability');
  if (!wholeIn(form.deadlineDays, 1, 366)) errors.push({ field: 'deadlineDays', message: '化解时限须为 1 至 366 日的整数' });
  return errors;
}
