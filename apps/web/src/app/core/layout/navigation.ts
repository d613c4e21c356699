import { type Role, ROLES } from '@julu/contracts';
import { LABELS } from '../labels';

export interface NavItem {
  label: string;
  icon: string;
  route: string;
  testId: string;
  exact?: boolean;
  /** Roles that see the item; the API enforces the same rule on the routes behind it. */
  roles: readonly Role[];
  /** Roles whose menu starts with this item (their daily work). */
  leads?: readonly Role[];
}

/** The side menu: each role sees only what it may do. */
export const NAVIGATION: readonly NavItem[] = [
  { label: LABELS.shell.menuHome, icon: 'home', route: '/', testId: 'nav-home', exact: true, roles: ROLES },
  {
    label: LABELS.shell.menuWork,
    icon: 'inbox',
    route: '/work',
    testId: 'nav-work',
    roles: ['HANDLER', 'TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR'],
    leads: ['HANDLER', 'TOWNSHIP_OFFICER'],
  },
  { label: LABELS.shell.menuReception, icon: 'form', route: '/reception', testId: 'nav-reception', roles: ['RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN'] },
  { label: LABELS.shell.menuCases, icon: 'file-text', route: '/cases', testId: 'nav-cases', roles: ROLES },
  { label: LABELS.shell.menuSupervision, icon: 'alert', route: '/supervision', testId: 'nav-supervision', roles: ['SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuResidentId, icon: 'idcard', route: '/resident-id', testId: 'nav-resident-id', roles: ROLES },
  {
    label: LABELS.shell.menuPetitioners,
    icon: 'user',
    route: '/petitioners',
    testId: 'nav-petitioners',
    roles: ['RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN'],
  },
  { label: LABELS.shell.menuDutyToday, icon: 'bell', route: '/duty/today', testId: 'nav-duty-today', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR'] },
  { label: LABELS.shell.menuDutyRosters, icon: 'calendar', route: '/duty/rosters', testId: 'nav-duty-rosters', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuDutyRecords, icon: 'file-text', route: '/duty/records', testId: 'nav-duty-records', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuIncidents, icon: 'thunderbolt', route: '/incidents', testId: 'nav-incidents', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuPublicity, icon: 'sound', route: '/publicity', testId: 'nav-publicity', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuDiversion, icon: 'branches', route: '/diversion', testId: 'nav-diversion', roles: ROLES },
  { label: LABELS.shell.menuHotspots, icon: 'warning', route: '/hotspots', testId: 'nav-hotspots', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuBacklog, icon: 'flag', route: '/backlog', testId: 'nav-backlog', roles: ['TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN'] },
  {
    label: LABELS.shell.menuDashboard,
    icon: 'dashboard',
    route: '/dashboard',
    testId: 'nav-dashboard',
    roles: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'],
    leads: ['SUPERVISOR'],
  },
  { label: LABELS.shell.menuAnnualReport, icon: 'bar-chart', route: '/annual-report', testId: 'nav-annual-report', roles: ['SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER'] },
  { label: LABELS.shell.menuBudget, icon: 'fund', route: '/budget/projects', testId: 'nav-budget', roles: ['SUPERVISOR', 'ADMIN'] },
  { label: LABELS.shell.menuUsers, icon: 'team', route: '/admin/users', testId: 'nav-users', roles: ['ADMIN'] },
  { label: LABELS.shell.menuCategories, icon: 'tags', route: '/admin/categories', testId: 'nav-categories', roles: ['ADMIN'] },
  { label: LABELS.shell.menuDiversionRules, icon: 'setting', route: '/admin/diversion-rules', testId: 'nav-diversion-rules', roles: ['ADMIN'] },
  { label: LABELS.shell.menuCalendar, icon: 'calendar', route: '/admin/calendar', testId: 'nav-calendar', roles: ['ADMIN'] },
  { label: LABELS.shell.menuIncidentLimits, icon: 'thunderbolt', route: '/admin/incident-limits', testId: 'nav-incident-limits', roles: ['ADMIN'] },
  { label: LABELS.shell.menuOrg, icon: 'apartment', route: '/admin/org', testId: 'nav-org', roles: ['ADMIN', 'SUPERVISOR'] },
  { label: LABELS.shell.menuAudit, icon: 'audit', route: '/admin/audit', testId: 'nav-audit', roles: ['ADMIN', 'SUPERVISOR'] },
  { label: LABELS.shell.menuProfile, icon: 'setting', route: '/profile', testId: 'nav-profile', roles: ROLES },
];

export function navigationFor(role: Role | undefined): NavItem[] {
  if (!role) return [];
  const visible = NAVIGATION.filter((item) => item.roles.includes(role));
  const leads = (item: NavItem): boolean => item.leads?.includes(role) ?? false;
  return [...visible.filter(leads), ...visible.filter((item) => !leads(item))];
}
