import type { FieldError } from '../../core/forms/form-errors';

export interface LoginForm {
  username: string;
  password: string;
}

export const LOGIN_FIELDS = ['username', 'password'] as const;

/** What the login form can tell before the API does (LoginDto: a username of 1–64 characters, a password). */
export function loginErrors(form: LoginForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.username.trim()) errors.push({ field: 'username', message: '请输入用户名' });
  else if (form.username.length > 64) errors.push({ field: 'username', message: '用户名不超过 64 个字符，请检查是否输错' });
  if (!form.password) errors.push({ field: 'password', message: '请输入密码' });
  return errors;
}
