import { HttpErrorResponse } from '@angular/common/http';
import { passwordPolicyProblems } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';

/** The 修改密码 form as typed. */
export interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const PASSWORD_FORM_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export const emptyPasswordForm = (): PasswordForm => ({ currentPassword: '', newPassword: '', confirmPassword: '' });

/** What the form can tell before the API does (same policy as AuthService.changePassword), per field. */
export function passwordFormErrors(form: PasswordForm, username: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.currentPassword) errors.push({ field: 'currentPassword', message: '请填写当前密码' });
  if (!form.newPassword) errors.push({ field: 'newPassword', message: '请填写新密码' });
  else {
    const problems = passwordPolicyProblems(form.newPassword, username);
    if (problems.length > 0) errors.push({ field: 'newPassword', message: problems.join('；') });
  }
  if (!form.confirmPassword) errors.push({ field: 'confirmPassword', message: '请再次输入新密码' });
  else if (form.confirmPassword !== form.newPassword) errors.push({ field: 'confirmPassword', message: '两次输入的新密码不一致，请重新输入确认密码' });
  return errors;
}

/**
 * The API refuses a wrong current password with a sentence and no field: it belongs under that
 * control, so the refusal is passed on naming it. Anything else is passed on as it came.
 */
export function onCurrentPassword(caught: unknown): unknown {
  if (!(caught instanceof HttpErrorResponse) || caught.status !== 400) return caught;
  const body = caught.error as { message?: unknown; details?: unknown } | null;
  if (body?.message !== '当前密码不正确' || body.details !== undefined) return caught;
  return new HttpErrorResponse({
    status: 400,
    error: { ...body, details: [{ field: 'currentPassword', message: '当前密码不正确，请重新输入' }] },
    headers: caught.headers,
    url: caught.url ?? undefined,
  });
}
