import { HttpErrorResponse } from '@angular/common/http';
import { apiFieldErrors } from '../../core/forms/form-errors';
import { emptyPasswordForm, onCurrentPassword, passwordFormErrors } from './password-form';

const fieldsOf = (form: Parameters<typeof passwordFormErrors>[0]): (string | null)[] => passwordFormErrors(form, 'guanzhai01').map((e) => e.field);

describe('修改密码 form check', () => {
  it('passes a complete, matching, policy-abiding form', () => {
    expect(passwordFormErrors({ currentPassword: 'old-Password-1', newPassword: 'Guanzhai-new-2027', confirmPassword: 'Guanzhai-new-2027' }, 'guanzhai01')).toEqual([]);
  });

  it('names every empty field', () => {
    expect(fieldsOf(emptyPasswordForm())).toEqual(['currentPassword', 'newPassword', 'confirmPassword']);
  });

  it('puts the policy on the new password and a mismatch on the confirmation', () => {
    const errors = passwordFormErrors({ currentPassword: 'x', newPassword: 'short', confirmPassword: 'shorter' }, 'guanzhai01');
    expect(errors).toEqual([
      { field: 'newPassword', message: expect.stringContaining('至少 10 个字符') },
      { field: 'confirmPassword', message: expect.stringContaining('两次输入的新密码不一致') },
    ]);
    expect(passwordFormErrors({ currentPassword: 'x', newPassword: 'guanzhai01-2027', confirmPassword: 'guanzhai01-2027' }, 'guanzhai01')[0]?.message).toContain('不能包含用户名');
  });
});

describe('a wrong current password', () => {
  it('lands under the current password', () => {
    const refusal = new HttpErrorResponse({ status: 400, error: { code: 'VALIDATION_FAILED', message: '当前密码不正确' } });
    expect(apiFieldErrors(onCurrentPassword(refusal), (f) => f)).toEqual([{ field: 'currentPassword', message: '当前密码不正确，请重新输入' }]);
  });

  it('leaves other refusals as they came', () => {
    const policy = new HttpErrorResponse({ status: 400, error: { message: '密码至少 10 个字符', details: ['密码至少 10 个字符'] } });
    expect(onCurrentPassword(policy)).toBe(policy);
    const offline = new HttpErrorResponse({ status: 0 });
    expect(onCurrentPassword(offline)).toBe(offline);
  });
});
