import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { authGuard, guestGuard, roleGuard } from './core/auth/auth.guard';
import { LABELS } from './core/labels';
import { AuthService } from './core/auth/auth.service';
import { landingFor } from './core/layout/navigation';
import { ShellComponent } from './core/layout/shell.component';
import { TITLE_SUFFIX } from './core/routing/app-title.strategy';

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
    data: { [TITLE_SUFFIX]: LABELS.bureau },
    loadComponent: () => import('./features/public-query/public-query.page').then((m) => m.PublicQueryPage),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        // Each role lands on its daily work (reception → 接待登记, township officer → 我的值班, …).
        path: '',
        pathMatch: 'full',
        redirectTo: () => landingFor(inject(AuthService).user()?.role),
      },
      {
        path: 'resident-id',
        title: LABELS.titles.residentId,
        loadComponent: () => import('./features/resident-id/resident-id.page').then((m) => m.ResidentIdPage),
      },
      {
        path: 'reception',
        canActivate: [roleGuard('RECEPTION', 'TOWNSHIP_OFFICER', 'ADMIN')],
        title: LABELS.titles.reception,
        loadComponent: () => import('./features/reception/reception.page').then((m) => m.ReceptionPage),
      },
      {
        path: 'cases',
        title: LABELS.titles.cases,
        loadComponent: () => import('./features/cases/case-list.page').then((m) => m.CaseListPage),
      },
      {
        path: 'cases/:id',
        title: LABELS.titles.caseDetail,
        loadComponent: () => import('./features/cases/case-detail.page').then((m) => m.CaseDetailPage),
      },
      {
        path: 'work',
        canActivate: [roleGuard('HANDLER', 'TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR')],
        title: LABELS.titles.work,
        loadComponent: () => import('./features/workflow/work.page').then((m) => m.WorkPage),
      },
      {
        path: 'supervision',
        canActivate: [roleGuard('SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.supervision,
        loadComponent: () => import('./features/workflow/supervision.page').then((m) => m.SupervisionPage),
      },
      {
        path: 'notices/:id/print',
        title: LABELS.titles.noticePrint,
        loadComponent: () => import('./features/workflow/notice-print.page').then((m) => m.NoticePrintPage),
      },
      {
        path: 'duty/today',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.dutyToday,
        loadComponent: () => import('./features/duty/duty-today.page').then((m) => m.DutyTodayPage),
      },
      {
        path: 'duty/rosters',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.dutyRosters,
        loadComponent: () => import('./features/duty/duty-rosters.page').then((m) => m.DutyRostersPage),
      },
      {
        path: 'duty/records',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.dutyRecords,
        loadComponent: () => import('./features/duty/duty-records.page').then((m) => m.DutyRecordsPage),
      },
      {
        path: 'incidents',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.incidents,
        loadComponent: () => import('./features/incidents/incident-list.page').then((m) => m.IncidentListPage),
      },
      {
        path: 'incidents/new',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.incidentReport,
        loadComponent: () => import('./features/incidents/incident-report.page').then((m) => m.IncidentReportPage),
      },
      {
        path: 'incidents/:id',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.incidentDetail,
        loadComponent: () => import('./features/incidents/incident-detail.page').then((m) => m.IncidentDetailPage),
      },
      {
        path: 'publicity',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.publicity,
        loadComponent: () => import('./features/publicity/publicity.page').then((m) => m.PublicityPage),
      },
      {
        path: 'publicity/new',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.publicityEvent,
        loadComponent: () => import('./features/publicity/publicity-event-form.page').then((m) => m.PublicityEventFormPage),
      },
      {
        path: 'diversion',
        title: LABELS.titles.diversion,
        loadComponent: () => import('./features/diversion/diversion.page').then((m) => m.DiversionPage),
      },
      {
        path: 'hotspots',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.hotspots,
        loadComponent: () => import('./features/hotspots/hotspots.page').then((m) => m.HotspotsPage),
      },
      {
        path: 'hotspots/new',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.hotspotNew,
        loadComponent: () => import('./features/hotspots/hotspot-form.page').then((m) => m.HotspotFormPage),
      },
      {
        path: 'hotspots/:id',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.hotspotDetail,
        loadComponent: () => import('./features/hotspots/hotspot-detail.page').then((m) => m.HotspotDetailPage),
      },
      {
        path: 'backlog',
        canActivate: [roleGuard('TOWNSHIP_OFFICER', 'RECEPTION', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.backlog,
        loadComponent: () => import('./features/hotspots/backlog.page').then((m) => m.BacklogPage),
      },
      {
        path: 'petitioners',
        canActivate: [roleGuard('RECEPTION', 'TOWNSHIP_OFFICER', 'SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.petitioners,
        loadComponent: () => import('./features/petitioners/petitioners.page').then((m) => m.PetitionersPage),
      },
      {
        path: 'dashboard',
        canActivate: [roleGuard('SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER')],
        loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'budget/projects',
        canActivate: [roleGuard('SUPERVISOR', 'ADMIN')],
        title: LABELS.titles.budgetProjects,
        providers: [provideEchartsCore({ echarts: () => import('echarts') })],
        loadChildren: () => import('./features/budget/budget.routes').then((m) => m.BUDGET_ROUTES),
      },
      {
        path: 'admin/users',
        canActivate: [roleGuard('ADMIN')],
        title: LABELS.titles.users,
        loadComponent: () => import('./features/users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'admin/categories',
        canActivate: [roleGuard('ADMIN')],
        title: LABELS.titles.categories,
        loadComponent: () => import('./features/categories/categories.page').then((m) => m.CategoriesPage),
      },
      {
        path: 'admin/diversion-rules',
        canActivate: [roleGuard('ADMIN')],
        title: LABELS.titles.diversionRules,
        loadComponent: () => import('./features/diversion-rules/diversion-rules.page').then((m) => m.DiversionRulesPage),
      },
      {
        path: 'annual-report',
        canActivate: [roleGuard('SUPERVISOR', 'ADMIN', 'RECEPTION', 'TOWNSHIP_OFFICER')],
        title: LABELS.titles.annualReport,
        loadComponent: () => import('./features/annual-report/annual-report.page').then((m) => m.AnnualReportPage),
      },
      {
        path: 'admin/calendar',
        canActivate: [roleGuard('ADMIN')],
        title: LABELS.titles.calendarAdmin,
        loadComponent: () => import('./features/calendar-admin/calendar-admin.page').then((m) => m.CalendarAdminPage),
      },
      {
        path: 'admin/incident-limits',
        canActivate: [roleGuard('ADMIN')],
        title: LABELS.titles.incidentLimits,
        loadComponent: () => import('./features/incidents/incident-limits.page').then((m) => m.IncidentLimitsPage),
      },
      {
        path: 'admin/org',
        canActivate: [roleGuard('ADMIN', 'SUPERVISOR')],
        title: LABELS.titles.org,
        loadComponent: () => import('./features/org/org.page').then((m) => m.OrgPage),
      },
      {
        path: 'admin/audit',
        canActivate: [roleGuard('ADMIN', 'SUPERVISOR')],
        title: LABELS.titles.audit,
        loadComponent: () => import('./features/audit/audit.page').then((m) => m.AuditPage),
      },
      {
        path: 'profile',
        title: LABELS.titles.profile,
        loadComponent: () => import('./features/profile/profile.page').then((m) => m.ProfilePage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
