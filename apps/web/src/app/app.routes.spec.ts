import type { Route, Routes } from '@angular/router';
import { APP_ROUTES } from './app.routes';
import { LABELS } from './core/labels';

const T = LABELS.titles;

/** A page as the router reaches it: its full path, the feature that guards it, its tab title, its component. */
interface Page {
  path: string;
  feature: unknown;
  title: unknown;
  component: string;
}

/** Every page of a route table, lazy children loaded; a child inherits its parents' feature and title. */
async function pagesOf(routes: Routes, prefix = '', inherited: { feature?: unknown; title?: unknown } = {}): Promise<Page[]> {
  const pages: Page[] = [];
  for (const route of routes.filter((r: Route) => r.redirectTo === undefined)) {
    const path = [prefix, route.path].filter(Boolean).join('/');
    const own = { feature: route.data?.['feature'] ?? inherited.feature, title: route.title ?? inherited.title };
    const children = route.children ?? (route.loadChildren ? await (route.loadChildren() as Promise<Routes>) : undefined);
    if (children) pages.push(...(await pagesOf(children, path, own)));
    else if (route.loadComponent) pages.push({ path, ...own, component: ((await route.loadComponent()) as { name: string }).name });
  }
  return pages;
}

/** The table as it stood with every page at the top of the shell (before issue 18.4), in its order. */
const BEFORE: [path: string, feature: string | undefined, title: string, component: string][] = [
  ['login', undefined, T.login, 'LoginPage'],
  ['query', undefined, T.publicQuery, 'PublicQueryPage'],
  ['resident-id', 'signedIn', T.residentId, 'ResidentIdPage'],
  ['reception', 'intake', T.reception, 'ReceptionPage'],
  ['cases', 'signedIn', T.cases, 'CaseListPage'],
  ['cases/:id', 'signedIn', T.caseDetail, 'CaseDetailPage'],
  ['work', 'caseWork', T.work, 'WorkPage'],
  ['supervision', 'supervision', T.supervision, 'SupervisionPage'],
  ['notices/:id/print', 'signedIn', T.noticePrint, 'NoticePrintPage'],
  ['duty/today', 'myDuty', T.dutyToday, 'DutyTodayPage'],
  ['duty/rosters', 'duty', T.dutyRosters, 'DutyRostersPage'],
  ['duty/records', 'duty', T.dutyRecords, 'DutyRecordsPage'],
  ['incidents', 'incidents', T.incidents, 'IncidentListPage'],
  ['incidents/new', 'incidents', T.incidentReport, 'IncidentReportPage'],
  ['incidents/:id', 'incidents', T.incidentDetail, 'IncidentDetailPage'],
  ['publicity', 'publicity', T.publicity, 'PublicityPage'],
  ['publicity/new', 'publicity', T.publicityEvent, 'PublicityEventFormPage'],
  ['diversion', 'diversion', T.diversion, 'DiversionPage'],
  ['hotspots', 'hotspots', T.hotspots, 'HotspotsPage'],
  ['hotspots/new', 'hotspots', T.hotspotNew, 'HotspotFormPage'],
  ['hotspots/:id', 'hotspots', T.hotspotDetail, 'HotspotDetailPage'],
  ['backlog', 'hotspots', T.backlog, 'BacklogPage'],
  ['petitioners', 'petitioners', T.petitioners, 'PetitionersPage'],
  ['dashboard', 'indicators', T.dashboard, 'DashboardPage'],
  ['dashboard/:code/records', 'indicators', T.indicatorRecords, 'IndicatorRecordsPage'],
  ['budget/projects', 'budget', T.budgetProjects, 'BudgetProjectsPage'],
  ['budget/projects/:id', 'budget', T.budgetProject, 'BudgetProjectPage'],
  ['admin/users', 'administration', T.users, 'UsersPage'],
  ['admin/categories', 'administration', T.categories, 'CategoriesPage'],
  ['admin/diversion-rules', 'administration', T.diversionRules, 'DiversionRulesPage'],
  ['annual-report', 'indicators', T.annualReport, 'AnnualReportPage'],
  ['admin/calendar', 'administration', T.calendarAdmin, 'CalendarAdminPage'],
  ['admin/incident-limits', 'administration', T.incidentLimits, 'IncidentLimitsPage'],
  ['admin/org', 'orgChart', T.org, 'OrgPage'],
  ['admin/audit', 'audit', T.audit, 'AuditPage'],
  ['profile', 'signedIn', T.profile, 'ProfilePage'],
];

describe('the route table, with each feature routing its own pages', () => {
  it('Issue 18.4: every page keeps its URL, feature (access map), tab title and component, in the same order', async () => {
    const pages = await pagesOf(APP_ROUTES);
    expect(pages.map((p) => [p.path, p.feature, p.title, p.component])).toEqual(BEFORE);
  });

  it('Issue 18.4: a feature’s routes name no feature of their own: the shell’s entry for the page does', async () => {
    const shell = APP_ROUTES.find((r) => r.path === '' && r.children)?.children ?? [];
    const lazy = shell.filter((r) => r.loadChildren);
    expect(lazy.length).toBeGreaterThan(25);
    for (const entry of lazy) {
      expect(entry.data?.['feature']).toBeDefined();
      const children = await (entry.loadChildren?.() as Promise<Routes>);
      expect(children.filter((c) => c.data?.['feature'] !== undefined)).toEqual([]);
    }
  });
});
