import { DOCUMENT_ABBR_PATTERN, DOCUMENT_ABBR_RULE, type OrgUnitType } from '@julu/contracts';
import type { FieldError } from '../../core/forms/form-errors';

/** A unit's name as the API takes it (CreateOrgUnitDto / UpdateOrgUnitDto): 1–100 characters, not blank. */
function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return '请填写单位名称';
  if (trimmed.length > 100) return '单位名称不能超过 100 个字符';
  return null;
}

/** 改名: the new name, checked before it is sent. */
export function renameErrors(newName: string): FieldError[] {
  const problem = nameProblem(newName);
  return problem ? [{ field: 'name', message: problem }] : [];
}

/** 机关代字: empty clears it; anything else must be 1–8 Chinese characters (the API's DOCUMENT_ABBR_PATTERN). */
export function abbrErrors(abbr: string): FieldError[] {
  const trimmed = abbr.trim();
  return trimmed && !DOCUMENT_ABBR_PATTERN.test(trimmed) ? [{ field: 'documentAbbr', message: DOCUMENT_ABBR_RULE }] : [];
}

/** The 新增下级单位 form as typed. */
export interface ChildUnitForm {
  name: string;
  type: OrgUnitType | null;
  code: string;
}

export const CHILD_UNIT_FIELDS = ['childName', 'childType', 'childCode'] as const;
/** The API names the fields of a new unit without the form's prefix. */
export const CHILD_UNIT_API_FIELDS: Readonly<Record<string, string>> = { name: 'childName', type: 'childType', code: 'childCode' };

export function childUnitErrors(form: ChildUnitForm): FieldError[] {
  const errors: FieldError[] = [];
  const name = nameProblem(form.name);
  if (name) errors.push({ field: 'childName', message: name });
  if (!form.type) errors.push({ field: 'childType', message: '请选择单位类型' });
  const code = form.code.trim();
  if (code && !/^\d{9}(\d{3})?$/.test(code)) errors.push({ field: 'childCode', message: '区划代码须为 9 位（乡镇）或 12 位（村、社区）数字，不知道可不填' });
  return errors;
}
