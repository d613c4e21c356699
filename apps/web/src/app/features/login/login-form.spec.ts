import { loginErrors } from './login-form';

describe('login form check', () => {
  it('passes a username and a password', () => {
    expect(loginErrors({ username: 'reception', password: 'x' })).toEqual([]);
  });

  it('names each empty field', () => {
    expect(loginErrors({ username: ' ', password: '' })).toEqual([
      { field: 'username', message: '请输入用户名' },
      { field: 'password', message: '请输入密码' },
    ]);
  });

  it('refuses a username longer than any account has', () => {
    expect(loginErrors({ username: 'a'.repeat(65), password: 'x' })[0]?.field).toBe('username');
  });
});
