import type { FieldError } from '../../core/forms/form-errors';

/** The 新增 form of the content categories as typed. */
export interface CategoryDraft {
  parentCode: string | null;
  code: string;
  label: string;
}

export const CATEGORY_FIELDS = ['parentCode', 'code', 'label'] as const;

export const emptyCategoryDraft = (): CategoryDraft => ({ parentCode: null, code: '', label: '' });

/** A label as the API takes it: 1–50 characters, not blank. */
export function labelProblem(label: string): string | null {
  const trimmed = label.trim();
  if (!trimmed) return '请填写分类名称';
  return trimmed.length > 50 ? '分类名称不能超过 50 个字符' : null;
}

/** What the form can tell before the API does (CreateContentCategoryDto and the service's code rule), per field. */
export function categoryErrors(draft: CategoryDraft): FieldError[] {
  const errors: FieldError[] = [];
  const code = draft.code.trim();
  if (!code) errors.push({ field: 'code', message: draft.parentCode ? `请填写分类代码，例如 ${draft.parentCode}01` : '请填写分类代码，例如 19' });
  else if (draft.parentCode && !new RegExp(`^${draft.parentCode}\\d{2}$`).test(code))
    errors.push({ field: 'code', message: `二级分类代码须为上级代码 ${draft.parentCode} 加两位数字，例如 ${draft.parentCode}01` });
  else if (!draft.parentCode && !/^\d{2}$/.test(code)) errors.push({ field: 'code', message: '一级分类代码须为两位数字，例如 19；新建二级分类请先选上级分类' });
  const label = labelProblem(draft.label);
  if (label) errors.push({ field: 'label', message: label });
  return errors;
}

/** 改名 of a row. */
export function renameErrors(label: string): FieldError[] {
  const problem = labelProblem(label);
  return problem ? [{ field: 'newLabel', message: problem }] : [];
}
