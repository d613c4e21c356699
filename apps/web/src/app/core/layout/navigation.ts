import { canUse, type Feature, type Role } from '@julu/contracts';
import { LABELS } from '../labels';

/** The areas of the side menu, in their usual order. */
export const NAV_GROUPS = [
  { id: 'work', label: LABELS.shell.groupWork },
  { id: 'duty', label: LABELS.shell.groupDuty },
  { id: 'risk', label: LABELS.shell.groupRisk },
  { id: 'stats', label: LABELS.shell.groupStats },
  { id: 'admin', label: LABELS.shell.groupAdmin },
  { id: 'me', label: LABELS.shell.groupMe },
] as const;
export type NavGroupId = (typeof NAV_GROUPS)[number]['id'];

export interface NavItem {
  label: string;
  icon: string;
  route: string;
  testId: string;
  group: NavGroupId;
  /** The feature of the access map behind the item: its roles see it (the page's guard names the same). */
  feature: Feature;
}

export interface NavGroup {
  id: NavGroupId;
  label: string;
  items: NavItem[];
}

/** The side menu: each role sees only what it may do. */
export const NAVIGATION: readonly NavItem[] = [
  { label: LABELS.shell.menuWork, icon: 'inbox', route: '/work', testId: 'nav-work', group: 'work', feature: 'caseWork' },
  { label: LABELS.shell.menuReception, icon: 'form', route: '/reception', testId: 'nav-reception', group: 'work', feature: 'intake' },
  { label: LABELS.shell.menuCases, icon: 'file-text', route: '/cases', testId: 'nav-cases', group: 'work', feature: 'signedIn' },
  { label: LABELS.shell.menuSupervision, icon: 'alert', route: '/supervision', testId: 'nav-supervision', group: 'work', feature: 'supervision' },
  { label: LABELS.shell.menuDiversion, icon: 'branches', route: '/diversion', testId: 'nav-diversion', group: 'work', feature: 'diversion' },
  { label: LABELS.shell.menuPetitioners, icon: 'user', route: '/petitioners', testId: 'nav-petitioners', group: 'work', feature: 'petitioners' },
  { label: LABELS.shell.menuResidentId, icon: 'idcard', route: '/resident-id', testId: 'nav-resident-id', group: 'work', feature: 'signedIn' },
  { label: LABELS.shell.menuDutyToday, icon: 'bell', route: '/duty/today', testId: 'nav-duty-today', group: 'duty', feature: 'myDuty' },
  { label: LABELS.shell.menuDutyRosters, icon: 'calendar', route: '/duty/rosters', testId: 'nav-duty-rosters', group: 'duty', feature: 'duty' },
  { label: LABELS.shell.menuDutyRecords, icon: 'file-text', route: '/duty/records', testId: 'nav-duty-records', group: 'duty', feature: 'duty' },
  { label: LABELS.shell.menuIncidents, icon: 'thunderbolt', route: '/incidents', testId: 'nav-incidents', group: 'duty', feature: 'incidents' },
  { label: LABELS.shell.menuPublicity, icon: 'sound', route: '/publicity', testId: 'nav-publicity', group: 'duty', feature: 'publicity' },
  { label: LABELS.shell.menuHotspots, icon: 'warning', route: '/hotspots', testId: 'nav-hotspots', group: 'risk', feature: 'hotspots' },
  { label: LABELS.shell.menuBacklog, icon: 'flag', route: '/backlog', testId: 'nav-backlog', group: 'risk', feature: 'hotspots' },
  { label: LABELS.shell.menuDashboard, icon: 'dashboard', route: '/dashboard', testId: 'nav-dashboard', group: 'stats', feature: 'indicators' },
  { label: LABELS.shell.menuAnnualReport, icon: 'bar-chart', route: '/annual-report', testId: 'nav-annual-report', group: 'stats', feature: 'indicators' },
  { label: LABELS.shell.menuBudget, icon: 'fund', route: '/budget/projects', testId: 'nav-budget', group: 'stats', feature: 'budget' },
  { label: LABELS.shell.menuUsers, icon: 'team', route: '/admin/users', testId: 'nav-users', group: 'admin', feature: 'administration' },
  { label: LABELS.shell.menuOrg, icon: 'apartment', route: '/admin/org', testId: 'nav-org', group: 'admin', feature: 'orgChart' },
  { label: LABELS.shell.menuCategories, icon: 'tags', route: '/admin/categories', testId: 'nav-categories', group: 'admin', feature: 'administration' },
  { label: LABELS.shell.menuDiversionRules, icon: 'setting', route: '/admin/diversion-rules', testId: 'nav-diversion-rules', group: 'admin', feature: 'administration' },
  { label: LABELS.shell.menuCalendar, icon: 'calendar', route: '/admin/calendar', testId: 'nav-calendar', group: 'admin', feature: 'administration' },
  { label: LABELS.shell.menuIncidentLimits, icon: 'thunderbolt', route: '/admin/incident-limits', testId: 'nav-incident-limits', group: 'admin', feature: 'administration' },
  { label: LABELS.shell.menuAudit, icon: 'audit', route: '/admin/audit', testId: 'nav-audit', group: 'admin', feature: 'audit' },
  { label: LABELS.shell.menuProfile, icon: 'setting', route: '/profile', testId: 'nav-profile', group: 'me', feature: 'signedIn' },
];

/** Where each role starts its day (the route `/` sends it there). */
export const LANDING: Readonly<Record<Role, string>> = {
  RECEPTION: '/reception',
  TOWNSHIP_OFFICER: '/duty/today',
  HANDLER: '/work',
  SUPERVISOR: '/dashboard',
  ADMIN: '/admin/users',
};

export function landingFor(role: Role | undefined): string {
  return role ? LANDING[role] : '/login';
}

/** The menu of a role by area; the area of its landing page comes first. */
export function navigationGroupsFor(role: Role | undefined): NavGroup[] {
  if (!role) return [];
  const landing = NAVIGATION.find((item) => item.route === LANDING[role])?.group;
  const groups = NAV_GROUPS.map((g) => ({ id: g.id, label: g.label, items: NAVIGATION.filter((item) => item.group === g.id && canUse(role, item.feature)) })).filter(
    (g) => g.items.length > 0,
  );
  return [...groups.filter((g) => g.id === landing), ...groups.filter((g) => g.id !== landing)];
}

/** The menu items of a role, in menu order. */
export function navigationFor(role: Role | undefined): NavItem[] {
  return navigationGroupsFor(role).flatMap((g) => g.items);
}

export interface Crumb {
  label: string;
  route?: string;
}

/** 面包屑 of a path: area › menu item (linked) › the page itself when it lies below the item. */
export function breadcrumbFor(path: string, pageTitle: string | undefined): Crumb[] {
  const clean = path.split(/[?#]/)[0];
  const item = [...NAVIGATION].sort((a, b) => b.route.length - a.route.length).find((i) => clean === i.route || clean.startsWith(`${i.route}/`));
  const page = pageTitle?.trim();
  if (!item) return page ? [{ label: page }] : [];
  const group = NAV_GROUPS.find((g) => g.id === item.group);
  const crumbs: Crumb[] = [{ label: group?.label ?? '' }, { label: item.label, route: item.route }];
  if (clean !== item.route && page && page !== item.label) crumbs.push({ label: page });
  return crumbs;
}
