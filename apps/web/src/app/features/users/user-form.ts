import { type OrgUnitSummary, type OrgUnitType, type Role, TOWNSHIP_LEVEL_TYPES } from '@julu/contracts';
import { passwordPolicyProblems } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';

/** The 新建账号 form as typed. */
export interface UserForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgUnitId: string | null;
}

/** The rule of passwordPolicyProblems, said before the user types. */
export const PASSWORD_HINT = '至少 10 个字符，须同时包含字母和数字，且不能包含用户名';

export const USER_FORM_FIELDS = ['username', 'displayName', 'password', 'role', 'orgUnitId'] as const;

export const emptyUserForm = (): UserForm => ({ username: '', displayName: '', password: '', role: 'RECEPTION', orgUnitId: null });

/** The units a role must belong to (the API's rule); null: any unit or none. */
const UNIT_TYPES_BY_ROLE: Record<Role, readonly OrgUnitType[] | null> = {
  ADMIN: null,
  SUPERVISOR: null,
  RECEPTION: null,
  TOWNSHIP_OFFICER: TOWNSHIP_LEVEL_TYPES,
  HANDLER: ['DEPARTMENT'],
};

function unitError(form: UserForm, units: readonly OrgUnitSummary[]): string | null {
  const required = UNIT_TYPES_BY_ROLE[form.role];
  if (!required) return null;
  if (!form.orgUnitId) return form.role === 'HANDLER' ? '责任单位账号须选择所属县直单位' : '乡镇信访干部账号须选择所属乡镇或开发区';
  const unit = units.find((u) => u.id === form.orgUnitId);
  if (unit && !required.includes(unit.type)) {
    return form.role === 'HANDLER' ? `${unit.name} 不是县直单位，责任单位账号须选县直单位` : `${unit.name} 不是乡镇或开发区，乡镇信访干部账号须选乡镇或开发区`;
  }
  return null;
}

/** What the form can tell before the API does (same rules as CreateUserDto and UsersService), per field. */
export function userFormErrors(form: UserForm, units: readonly OrgUnitSummary[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.username.trim()) errors.push({ field: 'username', message: '请填写用户名' });
  else if (!/^[A-Za-z0-9_.-]{3,32}$/.test(form.username)) errors.push({ field: 'username', message: '用户名须为 3–32 位字母、数字或 _ . -，不含空格和汉字' });
  const name = form.displayName.trim();
  if (!name) errors.push({ field: 'displayName', message: '请填写姓名' });
  else if (name.length > 32) errors.push({ field: 'displayName', message: '姓名不能超过 32 个字符' });
  if (!form.password) errors.push({ field: 'password', message: '请填写初始密码' });
  else {
    const problems = passwordPolicyProblems(form.password, form.username);
    if (problems.length > 0) errors.push({ field: 'password', message: problems.join('；') });
  }
  const unit = unitError(form, units);
  if (unit) errors.push({ field: 'orgUnitId', message: unit });
  return errors;
}
