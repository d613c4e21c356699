import type { OrgUnitSummary } from '@julu/contracts';
import { emptyUserForm, type UserForm, userFormErrors } from './user-form';

const units: OrgUnitSummary[] = [
  { id: 'town', code: null, name: '巨鹿镇', type: 'TOWN', parentId: null },
  { id: 'dept', code: null, name: '县人社局', type: 'DEPARTMENT', parentId: null },
];
const valid: UserForm = { username: 'zhang.san', displayName: '张三', password: 'julu2026desk', role: 'RECEPTION', orgUnitId: null };
const fields = (form: UserForm): (string | null)[] => userFormErrors(form, units).map((e) => e.field);

describe('新建账号 form check', () => {
  it('passes a complete form', () => {
    expect(userFormErrors(valid, units)).toEqual([]);
  });

  it('names every missing field, in the order of the form', () => {
    expect(fields(emptyUserForm())).toEqual(['username', 'displayName', 'password']);
  });

  it('refuses a username the API would refuse and says what is allowed', () => {
    const [error] = userFormErrors({ ...valid, username: '张三' }, units);
    expect(error).toEqual({ field: 'username', message: expect.stringContaining('3–32 位字母、数字') });
    expect(fields({ ...valid, username: 'ab' })).toEqual(['username']);
  });

  it('applies the password policy, the username included', () => {
    expect(userFormErrors({ ...valid, password: 'short1' }, units)[0]?.message).toContain('至少 10 个字符');
    expect(userFormErrors({ ...valid, password: 'zhang.san2026x' }, units)[0]?.message).toContain('不能包含用户名');
  });

  it('asks a township officer for a township and a handler for a county department', () => {
    expect(userFormErrors({ ...valid, role: 'TOWNSHIP_OFFICER' }, units)).toEqual([{ field: 'orgUnitId', message: expect.stringContaining('乡镇或开发区') }]);
    expect(fields({ ...valid, role: 'TOWNSHIP_OFFICER', orgUnitId: 'town' })).toEqual([]);
    expect(userFormErrors({ ...valid, role: 'HANDLER', orgUnitId: 'town' }, units)[0]?.message).toContain('巨鹿镇 不是县直单位');
    expect(fields({ ...valid, role: 'HANDLER', orgUnitId: 'dept' })).toEqual([]);
  });

  it('refuses a name longer than the API keeps', () => {
    expect(fields({ ...valid, displayName: '张'.repeat(33) })).toEqual(['displayName']);
  });
});
