import { passwordPolicyProblems } from './password-policy';

describe('passwordPolicyProblems', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordPolicyProblems('julu2026reception-x', 'admin')).toEqual([]);
  });

  it.each([
    ['short1', '至少 10 个字符'],
    ['onlyletterslong', '字母和数字'],
    ['1234567890123', '字母和数字'],
    ['my-admin-2026-pass', '不能包含用户名'],
    ['a1'.repeat(65), '不能超过 128'],
  ])('rejects %p (%s)', (password, problem) => {
    expect(passwordPolicyProblems(password, 'Admin').join(' ')).toContain(problem);
  });

  it('lists every problem at once', () => {
    expect(passwordPolicyProblems('abc', 'x')).toHaveLength(2);
  });
});
