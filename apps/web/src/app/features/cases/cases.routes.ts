import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 信访事项: the list and each case. The page's feature of the access map is on its parent route in app.routes.ts. */
export const CASES_ROUTES: Routes = [
  { path: '', title: LABELS.titles.cases, loadComponent: () => import('./case-list.page').then((m) => m.CaseListPage) },
  { path: ':id', title: LABELS.titles.caseDetail, loadComponent: () => import('./case-detail.page').then((m) => m.CaseDetailPage) },
];
