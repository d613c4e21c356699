import type { FieldError } from '../../core/forms/form-errors';

export type LookupKind = 'idNumber' | 'phone' | 'name';

/** The longest value the API looks up by each kind (FindPetitionersDto). */
const MAX_LENGTH: Readonly<Record<LookupKind, { max: number; name: string }>> = {
  idNumber: { max: 40, name: '证件号码' },
  phone: { max: 20, name: '电话号码' },
  name: { max: 50, name: '姓名' },
};

/** The search's API fields (one per kind) all show under the one value box. */
export const SEARCH_API_FIELDS: Readonly<Record<string, string>> = { idNumber: 'value', phone: 'value', name: 'value' };

/** 查询: a value to look up, no longer than the API takes for its kind. */
export function searchErrors(kind: LookupKind, value: string): FieldError[] {
  const text = value.trim();
  const { max, name } = MAX_LENGTH[kind];
  if (!text) return [{ field: 'value', message: `请输入要查找的${name}（完整填写，不支持模糊查找）` }];
  return text.length > max ? [{ field: 'value', message: `${name}不能超过 ${max} 个字符，请核对` }] : [];
}

/** 查看完整信息 (RevealDto): a reason of 4–200 characters saying why the full value is needed; it is audited. */
export function revealErrors(reason: string): FieldError[] {
  const length = reason.length;
  if (!/\S{2}/.test(reason)) return [{ field: 'reason', message: '请填写查看事由，如“电话回访核实身份”（将记入审计日志）' }];
  if (length < 4) return [{ field: 'reason', message: '查看事由至少 4 个字，说明为何需要完整信息' }];
  return length > 200 ? [{ field: 'reason', message: `查看事由不能超过 200 个字（现有 ${length} 个字）` }] : [];
}
