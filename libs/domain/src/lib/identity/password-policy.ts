/**
 * Minimum password policy for staff accounts: at least 10 characters, letters and digits both
 * present, and not containing the username. Returns the problems in Chinese; empty = acceptable.
 */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordPolicyProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('密码须同时包含字母和数字');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名');
  if (password.length > 128) problems.push('密码不能超过 128 个字符');
  return problems;
}
