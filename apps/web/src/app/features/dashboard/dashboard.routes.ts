import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { LABELS } from '../../core/labels';

/** 指标看板 and the records behind each figure; ECharts (tree-shaken) loads with these pages only. */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
    children: [
      { path: '', title: LABELS.titles.dashboard, loadComponent: () => import('./dashboard.page').then((m) => m.DashboardPage) },
      { path: ':code/records', title: LABELS.titles.indicatorRecords, loadComponent: () => import('./indicator-records.page').then((m) => m.IndicatorRecordsPage) },
    ],
  },
];
