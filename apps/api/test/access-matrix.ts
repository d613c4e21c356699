import { type Role, ROLES } from '@julu/contracts';
import type { FixtureIds, Side, TerritorialFixtures } from './territorial-fixtures';

/** Records the matrix test creates in the demo township officer's township (own) and another (foreign). */
export type TerritorialFixture =
  | 'petitioner'
  | 'case'
  | 'attachment'
  | 'repeatLink'
  | 'notice'
  | 'incident'
  | 'publicityEvent'
  | 'publicityPhoto'
  | 'village'
  | 'dutyRoster'
  | 'dutyShift'
  | 'dutySwap'
  | 'dutyReport'
  | 'unavailability'
  | 'subsidySheet'
  | 'returnEscort'
  | 'diversion'
  | 'hotspot'
  | 'backlog';

/** A route over a territorial record: swept with an own and a foreign record for every role. */
export interface TerritorialSweep {
  fixture: TerritorialFixture;
  /** Request body (valid, so that the territorial check is what answers); a function sees the record. */
  body?: Record<string, unknown> | ((record: { ids: FixtureIds; side: Side; fixtures: TerritorialFixtures }) => Record<string, unknown> | Promise<Record<string, unknown>>);
  /** Multipart upload of a small PNG as `file`. */
  upload?: true;
  /**
   * The record's state may refuse the action (a stale version, already published, …): a role that
   * reaches the record passes with any answer but 401, 403 and 404.
   */
  reached?: true;
  /** The route deletes the record: every call gets a new one. */
  fresh?: true;
  /**
   * The action belongs to the people on the record (a shift's members and its leader on duty): an
   * allowed role that reaches the record but is not on it gets 403. Lists the roles on the own record.
   */
  onRecord?: readonly Role[];
}

/** A route with a path parameter that names no territorial record, and why. */
export interface NotTerritorial {
  none: string;
}

const COUNTY_DICTIONARY: NotTerritorial = { none: 'county-wide dictionary: the same for every township, changed by ADMIN only' };
const BUDGET: NotTerritorial = { none: 'county-wide: 预算绩效 is the bureau’s own; only ADMIN and SUPERVISOR (county roles) reach it' };
const EXPORT_JOB: NotTerritorial = { none: 'user-owned: an export job answers only to the user who asked for it (404 for anyone else)' };
const INDICATOR: NotTerritorial = { none: 'county-wide dictionary (indicator code); the figures are restricted to the reader’s territory by the query' };
const STALE = 9999;

/**
 * Who may call each route (data, not code): the access-matrix test checks every route of the app
 * against it — 401 without a token, 403 for every role not listed, passage for those listed — and
 * fails when a route exists without an entry here. A route over a territorial record names its
 * fixture: each allowed role then calls it on an own and a foreign record; a foreign record must
 * answer 404 to township officers and handlers (and leave the database unchanged) and pass for
 * county-wide roles. (The own case is located in the demo officer's township and assigned to the
 * demo handler's unit.) A route with a path parameter over no territorial record says why.
 */
export interface AccessRule {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Reachable without a login. */
  public?: true;
  allow?: readonly Role[];
  /** Required on every route with a path parameter (the coverage test insists). */
  territorial?: TerritorialSweep | NotTerritorial;
  /** An event stream: the test reads its answer up to the first chunk, then hangs up. */
  stream?: true;
}

const EVERY_ROLE = ROLES;
const INCIDENT_ROLES: readonly Role[] = ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'];
const PUBLICITY_ROLES = INCIDENT_ROLES;
const HOTSPOT_ROLES = INCIDENT_ROLES;
const DUTY_ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'RECEPTION', 'TOWNSHIP_OFFICER'];
const ROSTER_MANAGERS: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'TOWNSHIP_OFFICER'];
/** 预算绩效: the bureau's leaders and administrators only (see modules/budget/budget-roles.ts). */
const BUDGET_ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR'];

export const ACCESS_MATRIX: readonly AccessRule[] = [
  { method: 'GET', path: '/api/health', public: true },
  { method: 'GET', path: '/api/health/ready', public: true },
  { method: 'POST', path: '/api/auth/login', public: true },
  { method: 'POST', path: '/api/auth/refresh', public: true },
  { method: 'POST', path: '/api/auth/logout', public: true },
  { method: 'GET', path: '/api/auth/me', allow: EVERY_ROLE },
  { method: 'PUT', path: '/api/auth/password', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/identity-numbers/check', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/content-categories', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/content-categories', allow: ['ADMIN'] },
  { method: 'PATCH', path: '/api/content-categories/:code', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'POST', path: '/api/cases', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN'] },
  { method: 'GET', path: '/api/cases', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/cases/lookup', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/cases/:id', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  { method: 'GET', path: '/api/cases/:id/visits', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  { method: 'GET', path: '/api/cases/:id/attachments', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  { method: 'POST', path: '/api/cases/:id/attachments', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN'], territorial: { fixture: 'case', upload: true } },
  { method: 'GET', path: '/api/cases/:id/attachments/:attachmentId', allow: EVERY_ROLE, territorial: { fixture: 'attachment' } },
  { method: 'POST', path: '/api/cases/repeat-candidates', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'] },
  { method: 'GET', path: '/api/cases/:id/repeat-links', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  {
    method: 'POST',
    path: '/api/cases/:id/repeat-links',
    allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
    territorial: { fixture: 'repeatLink', body: ({ ids }) => ({ priorCaseId: ids['priorCaseId'], decision: 'CONFIRMED' }), reached: true },
  },
  {
    method: 'DELETE',
    path: '/api/cases/:id/repeat-links/:priorCaseId',
    allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
    territorial: { fixture: 'repeatLink', fresh: true },
  },
  { method: 'POST', path: '/api/visits', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN'] },
  { method: 'GET', path: '/api/cases/:id/workflow', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  { method: 'POST', path: '/api/cases/:id/transitions', allow: EVERY_ROLE, territorial: { fixture: 'case', body: { action: 'ACCEPT', expectedVersion: STALE }, reached: true } },
  {
    method: 'POST',
    path: '/api/cases/:id/evaluations',
    allow: ['RECEPTION', 'SUPERVISOR', 'TOWNSHIP_OFFICER', 'ADMIN'],
    territorial: { fixture: 'case', body: { stage: 'ACCEPTANCE', result: 'SATISFIED' }, reached: true },
  },
  { method: 'GET', path: '/api/notices/:id', allow: EVERY_ROLE, territorial: { fixture: 'notice' } },
  {
    method: 'POST',
    path: '/api/notices/:id/delivery',
    allow: ['RECEPTION', 'SUPERVISOR', 'TOWNSHIP_OFFICER', 'HANDLER'],
    territorial: { fixture: 'notice', body: { method: 'IN_PERSON', deliveredAt: '2026-01-06T09:00:00+08:00' }, reached: true },
  },
  { method: 'GET', path: '/api/work/inbox', allow: ['RECEPTION', 'SUPERVISOR', 'TOWNSHIP_OFFICER', 'HANDLER'] },
  { method: 'GET', path: '/api/work/supervision', allow: ['SUPERVISOR', 'ADMIN'] },
  { method: 'GET', path: '/api/notifications', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/live/stream', allow: EVERY_ROLE, stream: true },
  { method: 'POST', path: '/api/notifications/read-all', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/notifications/:id/read', allow: EVERY_ROLE, territorial: { none: 'user-owned: a notification answers only to its recipient' } },
  { method: 'GET', path: '/api/public/deployment', public: true },
  { method: 'POST', path: '/api/public/cases/lookup', public: true },
  { method: 'POST', path: '/api/public/cases/evaluation', public: true },
  { method: 'GET', path: '/api/clock-rules', allow: EVERY_ROLE },
  { method: 'PUT', path: '/api/clock-rules/:code', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'GET', path: '/api/calendar/years', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/indicators/dashboard', allow: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'] },
  { method: 'GET', path: '/api/indicators/annual-report', allow: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'] },
  { method: 'GET', path: '/api/indicators/:code/townships', allow: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'], territorial: INDICATOR },
  { method: 'GET', path: '/api/indicators/:code/trend', allow: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'], territorial: INDICATOR },
  { method: 'GET', path: '/api/indicators/:code/records', allow: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'], territorial: INDICATOR },
  { method: 'POST', path: '/api/indicators/recompute', allow: ['ADMIN'] },
  { method: 'POST', path: '/api/calendar/years', allow: ['ADMIN'] },
  { method: 'PUT', path: '/api/calendar/years/:year', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'GET', path: '/api/ledgers/cases', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/ledgers/visits', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/exports', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/exports', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/exports/:id', allow: EVERY_ROLE, territorial: EXPORT_JOB },
  { method: 'GET', path: '/api/exports/:id/file', allow: EVERY_ROLE, territorial: EXPORT_JOB },
  { method: 'POST', path: '/api/petitioners', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN'] },
  { method: 'POST', path: '/api/petitioners/lookup', allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'] },
  {
    method: 'GET',
    path: '/api/petitioners/:id',
    allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
    territorial: { fixture: 'petitioner' },
  },
  {
    method: 'POST',
    path: '/api/petitioners/:id/reveal',
    allow: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
    territorial: { fixture: 'petitioner', body: { field: 'mobile', reason: '权限矩阵测试：核实联系方式' } },
  },
  { method: 'POST', path: '/api/incidents', allow: INCIDENT_ROLES },
  { method: 'GET', path: '/api/incidents', allow: INCIDENT_ROLES },
  { method: 'GET', path: '/api/incidents/:id', allow: INCIDENT_ROLES, territorial: { fixture: 'incident' } },
  {
    method: 'POST',
    path: '/api/incidents/:id/reports',
    allow: INCIDENT_ROLES,
    // The fixture already has its 书面初报, so each role adds a 续报.
    // Timed when sent: a time typed more than 2 minutes before the filing is a 补录 needing a reason.
    territorial: { fixture: 'incident', body: () => ({ kind: 'FOLLOW_UP', reportedAt: new Date().toISOString(), reportedTo: ['市信访局'], content: '权限矩阵测试：续报' }) },
  },
  { method: 'GET', path: '/api/incident-report-limits', allow: INCIDENT_ROLES },
  { method: 'PUT', path: '/api/incident-report-limits/:level', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'POST', path: '/api/publicity/events', allow: PUBLICITY_ROLES },
  { method: 'GET', path: '/api/publicity/events', allow: PUBLICITY_ROLES },
  { method: 'GET', path: '/api/publicity/events/:id', allow: PUBLICITY_ROLES, territorial: { fixture: 'publicityEvent' } },
  { method: 'POST', path: '/api/publicity/events/:id/photos', allow: PUBLICITY_ROLES, territorial: { fixture: 'publicityEvent', upload: true } },
  { method: 'GET', path: '/api/publicity/events/:id/photos/:photoId', allow: PUBLICITY_ROLES, territorial: { fixture: 'publicityPhoto' } },
  { method: 'GET', path: '/api/publicity/coverage', allow: PUBLICITY_ROLES },
  { method: 'GET', path: '/api/publicity/plans', allow: PUBLICITY_ROLES },
  {
    method: 'PUT',
    path: '/api/publicity/plans/:id',
    allow: ['TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
    territorial: { fixture: 'village', body: { year: 2026, plannedTimes: 1 } },
  },
  { method: 'GET', path: '/api/duty/periods', allow: EVERY_ROLE },
  { method: 'POST', path: '/api/duty/periods', allow: ['ADMIN'] },
  { method: 'POST', path: '/api/duty/periods/defaults', allow: ['ADMIN'] },
  { method: 'PUT', path: '/api/duty/periods/:id', allow: ['ADMIN'], territorial: { none: 'county-wide: sensitive periods are set for the whole county by ADMIN' } },
  { method: 'DELETE', path: '/api/duty/periods/:id', allow: ['ADMIN'], territorial: { none: 'county-wide: sensitive periods are set for the whole county by ADMIN' } },
  { method: 'GET', path: '/api/duty/members', allow: DUTY_ROLES },
  { method: 'GET', path: '/api/duty/rosters', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/rosters', allow: ROSTER_MANAGERS },
  { method: 'GET', path: '/api/duty/rosters/:id', allow: DUTY_ROLES, territorial: { fixture: 'dutyRoster' } },
  { method: 'POST', path: '/api/duty/rosters/:id/publish', allow: ROSTER_MANAGERS, territorial: { fixture: 'dutyRoster', reached: true } },
  { method: 'POST', path: '/api/duty/rosters/:id/close', allow: ROSTER_MANAGERS, territorial: { fixture: 'dutyRoster', reached: true } },
  { method: 'GET', path: '/api/duty/shifts', allow: DUTY_ROLES },
  { method: 'GET', path: '/api/duty/shifts/current', allow: DUTY_ROLES },
  // The own shift's leader on duty is the demo township officer; nobody of the county is on either shift.
  { method: 'POST', path: '/api/duty/shifts/:id/check-in', allow: DUTY_ROLES, territorial: { fixture: 'dutyShift', reached: true, onRecord: ['TOWNSHIP_OFFICER'] } },
  {
    method: 'POST',
    path: '/api/duty/shifts/:id/check-out',
    allow: DUTY_ROLES,
    territorial: { fixture: 'dutyShift', body: { handoverNote: '权限矩阵测试' }, reached: true, onRecord: ['TOWNSHIP_OFFICER'] },
  },
  { method: 'GET', path: '/api/duty/swaps', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/swaps', allow: DUTY_ROLES },
  {
    method: 'POST',
    path: '/api/duty/swaps/:id/decision',
    allow: ROSTER_MANAGERS,
    territorial: { fixture: 'dutySwap', body: { approve: false, note: '权限矩阵测试' }, reached: true },
  },
  { method: 'GET', path: '/api/duty/unavailability', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/unavailability', allow: DUTY_ROLES },
  { method: 'DELETE', path: '/api/duty/unavailability/:id', allow: DUTY_ROLES, territorial: { fixture: 'unavailability', fresh: true } },
  { method: 'GET', path: '/api/duty/reports', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/reports', allow: DUTY_ROLES },
  { method: 'GET', path: '/api/duty/reports/due', allow: DUTY_ROLES },
  { method: 'GET', path: '/api/duty/reports/day', allow: DUTY_ROLES },
  // Only the person who filed a report withdraws it; the own report was filed by the demo township officer.
  { method: 'POST', path: '/api/duty/reports/:id/withdraw', allow: DUTY_ROLES, territorial: { fixture: 'dutyReport', reached: true, onRecord: ['TOWNSHIP_OFFICER'] } },
  { method: 'GET', path: '/api/duty/subsidy-rates', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/subsidy-rates', allow: ['ADMIN'] },
  { method: 'GET', path: '/api/duty/subsidy-sheets', allow: ROSTER_MANAGERS },
  { method: 'POST', path: '/api/duty/subsidy-sheets', allow: ROSTER_MANAGERS },
  { method: 'GET', path: '/api/duty/subsidy-sheets/:id', allow: ROSTER_MANAGERS, territorial: { fixture: 'subsidySheet' } },
  { method: 'POST', path: '/api/duty/subsidy-sheets/:id/approve', allow: ['SUPERVISOR'], territorial: { fixture: 'subsidySheet', reached: true } },
  { method: 'GET', path: '/api/duty/escorts', allow: DUTY_ROLES },
  { method: 'POST', path: '/api/duty/escorts', allow: DUTY_ROLES },
  { method: 'GET', path: '/api/duty/escorts/:id', allow: DUTY_ROLES, territorial: { fixture: 'returnEscort' } },
  {
    method: 'PUT',
    path: '/api/duty/escorts/:id',
    allow: DUTY_ROLES,
    territorial: { fixture: 'returnEscort', body: ({ side, fixtures }) => fixtures.escortBody(side === 'own' ? '巨鹿镇' : '王虎寨镇'), reached: true },
  },
  { method: 'GET', path: '/api/diversion/queue', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/diversion/cases/:id', allow: EVERY_ROLE, territorial: { fixture: 'case' } },
  { method: 'POST', path: '/api/diversion/cases/:id/flag', allow: EVERY_ROLE, territorial: { fixture: 'case', body: { reason: '权限矩阵测试：涉法涉诉' } } },
  {
    method: 'POST',
    path: '/api/diversion/cases/:id/decision',
    allow: EVERY_ROLE,
    territorial: { fixture: 'case', body: { expectedVersion: STALE, route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '权限矩阵测试：民事纠纷' }, reached: true },
  },
  {
    method: 'POST',
    path: '/api/diversion/cases/:id/consultations',
    allow: EVERY_ROLE,
    territorial: { fixture: 'case', body: { kind: 'LEGAL', advisor: '值班律师', content: '权限矩阵测试：法律咨询', heldOn: '2026-01-05' } },
  },
  { method: 'GET', path: '/api/diversion/ledger', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/diversion/ledger/export', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/diversion/counts', allow: EVERY_ROLE },
  {
    method: 'POST',
    path: '/api/diversion/records/:id/follow-up',
    allow: EVERY_ROLE,
    territorial: { fixture: 'diversion', body: { outcome: 'UNKNOWN', checkedOn: '2026-01-05', evidence: '权限矩阵测试：电话回访' } },
  },
  { method: 'GET', path: '/api/diversion/rules', allow: EVERY_ROLE },
  { method: 'PUT', path: '/api/diversion/rules/:code', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'POST', path: '/api/hotspots', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/hotspots', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/hotspots/export', allow: HOTSPOT_ROLES },
  { method: 'POST', path: '/api/hotspots/import', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/hotspots/:id', allow: HOTSPOT_ROLES, territorial: { fixture: 'hotspot' } },
  {
    method: 'POST',
    path: '/api/hotspots/:id/transitions',
    allow: HOTSPOT_ROLES,
    territorial: { fixture: 'hotspot', body: { action: 'START', expectedVersion: STALE, note: '权限矩阵测试' }, reached: true },
  },
  { method: 'POST', path: '/api/hotspots/:id/follow-ups', allow: HOTSPOT_ROLES, territorial: { fixture: 'hotspot', body: { content: '权限矩阵测试：动态记录' } } },
  {
    method: 'POST',
    path: '/api/hotspots/:id/cases',
    allow: HOTSPOT_ROLES,
    territorial: { fixture: 'hotspot', body: ({ side, fixtures }) => ({ caseId: fixtures.pairs.case[side]['id'] }), reached: true },
  },
  {
    method: 'POST',
    path: '/api/hotspots/:id/incident',
    allow: HOTSPOT_ROLES,
    territorial: { fixture: 'hotspot', body: { level: 'GENERAL', nature: 'GATHERING', placeDetail: '权限矩阵测试地点' } },
  },
  { method: 'GET', path: '/api/hotspot-weekly-reports', allow: HOTSPOT_ROLES },
  { method: 'POST', path: '/api/hotspot-weekly-reports', allow: HOTSPOT_ROLES },
  { method: 'POST', path: '/api/backlog-cases', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/backlog-cases', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/backlog-cases/export', allow: HOTSPOT_ROLES },
  { method: 'GET', path: '/api/backlog-cases/:id', allow: HOTSPOT_ROLES, territorial: { fixture: 'backlog' } },
  {
    method: 'POST',
    path: '/api/backlog-cases/:id/activities',
    allow: HOTSPOT_ROLES,
    territorial: { fixture: 'backlog', body: { kind: 'RECEPTION', heldOn: '2026-01-05', place: '县信访局', leader: '县领导', peopleMet: '信访人', result: '权限矩阵测试：接访' } },
  },
  {
    method: 'POST',
    path: '/api/backlog-cases/:id/resolution',
    allow: HOTSPOT_ROLES,
    territorial: { fixture: 'backlog', body: { expectedVersion: STALE, status: 'RESOLVING', note: '权限矩阵测试' }, reached: true },
  },
  { method: 'GET', path: '/api/budget/projects', allow: BUDGET_ROLES },
  { method: 'POST', path: '/api/budget/projects', allow: BUDGET_ROLES },
  { method: 'GET', path: '/api/budget/projects/:id', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'GET', path: '/api/budget/projects/:id/spending', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'POST', path: '/api/budget/projects/:id/spending', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'PUT', path: '/api/budget/projects/:id/goal-rows/:rowId', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'POST', path: '/api/budget/projects/:id/goal-table', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'GET', path: '/api/budget/projects/:id/monitoring', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'POST', path: '/api/budget/projects/:id/monitoring', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'GET', path: '/api/budget/projects/:id/self-evaluation', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'PUT', path: '/api/budget/projects/:id/self-evaluation', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'GET', path: '/api/budget/projects/:id/self-evaluation/export', allow: BUDGET_ROLES, territorial: BUDGET },
  { method: 'GET', path: '/api/org-units', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/org-units/resolve', allow: EVERY_ROLE },
  { method: 'GET', path: '/api/org-units/:id', allow: EVERY_ROLE, territorial: { none: 'county-wide dictionary: the org tree is the same for every user' } },
  { method: 'POST', path: '/api/org-units', allow: ['ADMIN'] },
  { method: 'PATCH', path: '/api/org-units/:id', allow: ['ADMIN'], territorial: COUNTY_DICTIONARY },
  { method: 'GET', path: '/api/audit-logs', allow: ['ADMIN', 'SUPERVISOR'] },
  { method: 'GET', path: '/api/audit-logs/export', allow: ['ADMIN', 'SUPERVISOR'] },
  { method: 'GET', path: '/api/users', allow: ['ADMIN'] },
  { method: 'POST', path: '/api/users', allow: ['ADMIN'] },
  { method: 'PATCH', path: '/api/users/:id', allow: ['ADMIN'], territorial: { none: 'county-wide: user accounts are managed by ADMIN only' } },
  { method: 'POST', path: '/api/users/:id/password', allow: ['ADMIN'], territorial: { none: 'county-wide: user accounts are managed by ADMIN only' } },
];
