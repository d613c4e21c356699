import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 年度统计. The page's feature of the access map is on its parent route in app.routes.ts. */
export const ANNUAL_REPORT_ROUTES: Routes = [{ path: '', title: LABELS.titles.annualReport, loadComponent: () => import('./annual-report.page').then((m) => m.AnnualReportPage) }];
