/** Route constants shared by the API and the web app. */
export const API_PREFIX = 'api';

export const API_ROUTES = {
  health: '/api/health',
  healthReady: '/api/health/ready',
  authLogin: '/api/auth/login',
  authMe: '/api/auth/me',
  authLogout: '/api/auth/logout',
  authRefresh: '/api/auth/refresh',
  authPassword: '/api/auth/password',
  users: '/api/users',
  orgUnits: '/api/org-units',
  orgUnitsResolve: '/api/org-units/resolve',
  auditLogs: '/api/audit-logs',
  auditLogsExport: '/api/audit-logs/export',
  residentIdCheck: '/api/identity-numbers/check',
  petitioners: '/api/petitioners',
  cases: '/api/cases',
  visits: '/api/visits',
  ledgers: '/api/ledgers',
  exports: '/api/exports',
  contentCategories: '/api/content-categories',
} as const;
