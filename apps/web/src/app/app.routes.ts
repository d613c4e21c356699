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
    // A feature's pages and their titles are in features/<f>/<f>.routes.ts; each menu page keeps its entry
    // here (with its feature), so the menu, the guard and the access-map spec read one table.
    children: [
      {
        // Each role lands on its daily work (reception → 接待登记, township officer → 我的值班, …).
        path: '',
        pathMatch: 'full',
        redirectTo: () => landingFor(inject(AuthService).user()?.role),
      },
      { path: 'resident-id', data: { feature: 'signedIn' }, loadChildren: () => import('./features/resident-id/resident-id.routes').then((m) => m.RESIDENT_ID_ROUTES) },
      { path: 'reception', data: { feature: 'intake' }, loadChildren: () => import('./features/reception/reception.routes').then((m) => m.RECEPTION_ROUTES) },
      { path: 'cases', data: { feature: 'signedIn' }, loadChildren: () => import('./features/cases/cases.routes').then((m) => m.CASES_ROUTES) },
      { path: 'work', data: { feature: 'caseWork' }, loadChildren: () => import('./features/workflow/workflow.routes').then((m) => m.WORK_ROUTES) },
      { path: 'supervision', data: { feature: 'supervision' }, loadChildren: () => import('./features/workflow/workflow.routes').then((m) => m.SUPERVISION_ROUTES) },
      { path: 'notices', data: { feature: 'signedIn' }, loadChildren: () => import('./features/workflow/workflow.routes').then((m) => m.NOTICE_ROUTES) },
      { path: 'duty/today', data: { feature: 'myDuty' }, loadChildren: () => import('./features/duty/duty.routes').then((m) => m.DUTY_TODAY_ROUTES) },
      { path: 'duty/rosters', data: { feature: 'duty' }, loadChildren: () => import('./features/duty/duty.routes').then((m) => m.DUTY_ROSTERS_ROUTES) },
      { path: 'duty/records', data: { feature: 'duty' }, loadChildren: () => import('./features/duty/duty.routes').then((m) => m.DUTY_RECORDS_ROUTES) },
      { path: 'incidents', data: { feature: 'incidents' }, loadChildren: () => import('./features/incidents/incidents.routes').then((m) => m.INCIDENTS_ROUTES) },
      { path: 'publicity', data: { feature: 'publicity' }, loadChildren: () => import('./features/publicity/publicity.routes').then((m) => m.PUBLICITY_ROUTES) },
      { path: 'diversion', data: { feature: 'diversion' }, loadChildren: () => import('./features/diversion/diversion.routes').then((m) => m.DIVERSION_ROUTES) },
      { path: 'hotspots', data: { feature: 'hotspots' }, loadChildren: () => import('./features/hotspots/hotspots.routes').then((m) => m.HOTSPOTS_ROUTES) },
      { path: 'backlog', data: { feature: 'hotspots' }, loadChildren: () => import('./features/hotspots/hotspots.routes').then((m) => m.BACKLOG_ROUTES) },
      { path: 'petitioners', data: { feature: 'petitioners' }, loadChildren: () => import('./features/petitioners/petitioners.routes').then((m) => m.PETITIONERS_ROUTES) },
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
      { path: 'admin/users', data: { feature: 'administration' }, loadChildren: () => import('./features/users/users.routes').then((m) => m.USERS_ROUTES) },
      { path: 'admin/categories', data: { feature: 'administration' }, loadChildren: () => import('./features/categories/categories.routes').then((m) => m.CATEGORIES_ROUTES) },
      {
        path: 'admin/diversion-rules',
        data: { feature: 'administration' },
        loadChildren: () => import('./features/diversion-rules/diversion-rules.routes').then((m) => m.DIVERSION_RULES_ROUTES),
      },
      { path: 'annual-report', data: { feature: 'indicators' }, loadChildren: () => import('./features/annual-report/annual-report.routes').then((m) => m.ANNUAL_REPORT_ROUTES) },
      {
        path: 'admin/calendar',
        data: { feature: 'administration' },
        loadChildren: () => import('./features/calendar-admin/calendar-admin.routes').then((m) => m.CALENDAR_ADMIN_ROUTES),
      },
      {
        path: 'admin/incident-limits',
        data: { feature: 'administration' },
        loadChildren: () => import('./features/incidents/incidents.routes').then((m) => m.INCIDENT_LIMITS_ROUTES),
      },
      { path: 'admin/org', data: { feature: 'orgChart' }, loadChildren: () => import('./features/org/org.routes').then((m) => m.ORG_ROUTES) },
      { path: 'admin/audit', data: { feature: 'audit' }, loadChildren: () => import('./features/audit/audit.routes').then((m) => m.AUDIT_ROUTES) },
      { path: 'profile', data: { feature: 'signedIn' }, loadChildren: () => import('./features/profile/profile.routes').then((m) => m.PROFILE_ROUTES) },
    ],
  },
  { path: '**', redirectTo: '' },
];
