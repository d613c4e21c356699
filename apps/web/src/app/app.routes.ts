import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { authGuard, featureGuard, guestGuard } from './core/auth/auth.guard';
import { LABELS } from './core/labels';
import { AuthService } from './core/auth/auth.service';
import { landingFor } from './core/layout/navigation';
import { ShellComponent } from './core/layout/shell.component';
import { TITLED_BY_BUREAU } from './core/routing/app-title.strategy';

export const APP_ROUTES: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    title: LABELS.titles.login,
    loadComponent: () => import('./features/login/login.page').then((m) => m.LoginPage),
  },
  {
    // The petitioner's own lookup: public, no login, outside the staff shell.
    path: 'query',
    title: LABELS.titles.publicQuery,
    data: { [TITLED_BY_BUREAU]: true },
    loadComponent: () => import('./features/public-query/public-query.page').then((m) => m.PublicQueryPage),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    // Each page names its feature of the access map (FEATURE_ACCESS); the menu item of a page names the same.
    canActivateChild: [featureGuard],
    children: [
      {
        // Each role lands on its daily work (reception → 接待登记, township officer → 我的值班, …).
        path: '',
        pathMatch: 'full',
        redirectTo: () => landingFor(inject(AuthService).user()?.role),
      },
      {
        path: 'resident-id',
        data: { feature: 'signedIn' },
        title: LABELS.titles.residentId,
        loadComponent: () => import('./features/resident-id/resident-id.page').then((m) => m.ResidentIdPage),
      },
      {
        path: 'reception',
        data: { feature: 'intake' },
        title: LABELS.titles.reception,
        loadComponent: () => import('./features/reception/reception.page').then((m) => m.ReceptionPage),
      },
      {
        path: 'cases',
        data: { feature: 'signedIn' },
        title: LABELS.titles.cases,
        loadComponent: () => import('./features/cases/case-list.page').then((m) => m.CaseListPage),
      },
      {
        path: 'cases/:id',
        data: { feature: 'signedIn' },
        title: LABELS.titles.caseDetail,
        loadComponent: () => import('./features/cases/case-detail.page').then((m) => m.CaseDetailPage),
      },
      {
        path: 'work',
        data: { feature: 'caseWork' },
        title: LABELS.titles.work,
        loadComponent: () => import('./features/workflow/work.page').then((m) => m.WorkPage),
      },
      {
        path: 'supervision',
        data: { feature: 'supervision' },
        title: LABELS.titles.supervision,
        loadComponent: () => import('./features/workflow/supervision.page').then((m) => m.SupervisionPage),
      },
      {
        path: 'notices/:id/print',
        data: { feature: 'signedIn' },
        title: LABELS.titles.noticePrint,
        loadComponent: () => import('./features/workflow/notice-print.page').then((m) => m.NoticePrintPage),
      },
      {
        path: 'duty/today',
        data: { feature: 'myDuty' },
        title: LABELS.titles.dutyToday,
        loadComponent: () => import('./features/duty/duty-today.page').then((m) => m.DutyTodayPage),
      },
      {
        path: 'duty/rosters',
        data: { feature: 'duty' },
        title: LABELS.titles.dutyRosters,
        loadComponent: () => import('./features/duty/duty-rosters.page').then((m) => m.DutyRostersPage),
      },
      {
        path: 'duty/records',
        data: { feature: 'duty' },
        title: LABELS.titles.dutyRecords,
        loadComponent: () => import('./features/duty/duty-records.page').then((m) => m.DutyRecordsPage),
      },
      {
        path: 'incidents',
        data: { feature: 'incidents' },
        title: LABELS.titles.incidents,
        loadComponent: () => import('./features/incidents/incident-list.page').then((m) => m.IncidentListPage),
      },
      {
        path: 'incidents/new',
        data: { feature: 'incidents' },
        title: LABELS.titles.incidentReport,
        loadComponent: () => import('./features/incidents/incident-report.page').then((m) => m.IncidentReportPage),
      },
      {
        path: 'incidents/:id',
        data: { feature: 'incidents' },
        title: LABELS.titles.incidentDetail,
        loadComponent: () => import('./features/incidents/incident-detail.page').then((m) => m.IncidentDetailPage),
      },
      {
        path: 'publicity',
        data: { feature: 'publicity' },
        title: LABELS.titles.publicity,
        loadComponent: () => import('./features/publicity/publicity.page').then((m) => m.PublicityPage),
      },
      {
        path: 'publicity/new',
        data: { feature: 'publicity' },
        title: LABELS.titles.publicityEvent,
        loadComponent: () => import('./features/publicity/publicity-event-form.page').then((m) => m.PublicityEventFormPage),
      },
      {
        path: 'diversion',
        data: { feature: 'diversion' },
        title: LABELS.titles.diversion,
        loadComponent: () => import('./features/diversion/diversion.page').then((m) => m.DiversionPage),
      },
      {
        path: 'hotspots',
        data: { feature: 'hotspots' },
        title: LABELS.titles.hotspots,
        loadComponent: () => import('./features/hotspots/hotspots.page').then((m) => m.HotspotsPage),
      },
      {
        path: 'hotspots/new',
        data: { feature: 'hotspots' },
        title: LABELS.titles.hotspotNew,
        loadComponent: () => import('./features/hotspots/hotspot-form.page').then((m) => m.HotspotFormPage),
      },
      {
        path: 'hotspots/:id',
        data: { feature: 'hotspots' },
        title: LABELS.titles.hotspotDetail,
        loadComponent: () => import('./features/hotspots/hotspot-detail.page').then((m) => m.HotspotDetailPage),
      },
      {
        path: 'backlog',
        data: { feature: 'hotspots' },
        title: LABELS.titles.backlog,
        loadComponent: () => import('./features/hotspots/backlog.page').then((m) => m.BacklogPage),
      },
      {
        path: 'petitioners',
        data: { feature: 'petitioners' },
        title: LABELS.titles.petitioners,
        loadComponent: () => import('./features/petitioners/petitioners.page').then((m) => m.PetitionersPage),
      },
      {
        path: 'dashboard',
        data: { feature: 'indicators' },
        loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'budget/projects',
        data: { feature: 'budget' },
        title: LABELS.titles.budgetProjects,
        providers: [provideEchartsCore({ echarts: () => import('echarts') })],
        loadChildren: () => import('./features/budget/budget.routes').then((m) => m.BUDGET_ROUTES),
      },
      {
        path: 'admin/users',
        data: { feature: 'administration' },
        title: LABELS.titles.users,
        loadComponent: () => import('./features/users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'admin/categories',
        data: { feature: 'administration' },
        title: LABELS.titles.categories,
        loadComponent: () => import('./features/categories/categories.page').then((m) => m.CategoriesPage),
      },
      {
        path: 'admin/diversion-rules',
        data: { feature: 'administration' },
        title: LABELS.titles.diversionRules,
        loadComponent: () => import('./features/diversion-rules/diversion-rules.page').then((m) => m.DiversionRulesPage),
      },
      {
        path: 'annual-report',
        data: { feature: 'indicators' },
        title: LABELS.titles.annualReport,
        loadComponent: () => import('./features/annual-report/annual-report.page').then((m) => m.AnnualReportPage),
      },
      {
        path: 'admin/calendar',
        data: { feature: 'administration' },
        title: LABELS.titles.calendarAdmin,
        loadComponent: () => import('./features/calendar-admin/calendar-admin.page').then((m) => m.CalendarAdminPage),
      },
      {
        path: 'admin/incident-limits',
        data: { feature: 'administration' },
        title: LABELS.titles.incidentLimits,
        loadComponent: () => import('./features/incidents/incident-limits.page').then((m) => m.IncidentLimitsPage),
      },
      {
        path: 'admin/org',
        data: { feature: 'orgChart' },
        title: LABELS.titles.org,
        loadComponent: () => import('./features/org/org.page').then((m) => m.OrgPage),
      },
      {
        path: 'admin/audit',
        data: { feature: 'audit' },
        title: LABELS.titles.audit,
        loadComponent: () => import('./features/audit/audit.page').then((m) => m.AuditPage),
      },
      {
        path: 'profile',
        data: { feature: 'signedIn' },
        title: LABELS.titles.profile,
        loadComponent: () => import('./features/profile/profile.page').then((m) => m.ProfilePage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
