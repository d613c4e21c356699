import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 突发事件: the list, a new 快报 and each incident; its feature of the access map is on the parent route in app.routes.ts. */
export const INCIDENTS_ROUTES: Routes = [
  { path: '', title: LABELS.titles.incidents, loadComponent: () => import('./incident-list.page').then((m) => m.IncidentListPage) },
  { path: 'new', title: LABELS.titles.incidentReport, loadComponent: () => import('./incident-report.page').then((m) => m.IncidentReportPage) },
  { path: ':id', title: LABELS.titles.incidentDetail, loadComponent: () => import('./incident-detail.page').then((m) => m.IncidentDetailPage) },
];

/** 突发事件报告时限 (under 系统管理); its feature of the access map is on the parent route in app.routes.ts. */
export const INCIDENT_LIMITS_ROUTES: Routes = [
  { path: '', title: LABELS.titles.incidentLimits, loadComponent: () => import('./incident-limits.page').then((m) => m.IncidentLimitsPage) },
];
