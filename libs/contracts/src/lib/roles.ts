/** User roles (角色). */
export const ROLES = ['ADMIN', 'SUPERVISOR', 'RECEPTION', 'TOWNSHIP_OFFICER', 'HANDLER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: '系统管理员',
  SUPERVISOR: '局领导/督查',
  RECEPTION: '接待中心',
  TOWNSHIP_OFFICER: '乡镇信访干部',
  HANDLER: '责任单位',
};
