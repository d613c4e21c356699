import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 我的值班; its feature of the access map is on the parent route in app.routes.ts. */
export const DUTY_TODAY_ROUTES: Routes = [{ path: '', title: LABELS.titles.dutyToday, loadComponent: () => import('./duty-today.page').then((m) => m.DutyTodayPage) }];

/** 值班排班; its feature of the access map is on the parent route in app.routes.ts. */
export const DUTY_ROSTERS_ROUTES: Routes = [{ path: '', title: LABELS.titles.dutyRosters, loadComponent: () => import('./duty-rosters.page').then((m) => m.DutyRostersPage) }];

/** 值班台账; its feature of the access map is on the parent route in app.routes.ts. */
export const DUTY_RECORDS_ROUTES: Routes = [{ path: '', title: LABELS.titles.dutyRecords, loadComponent: () => import('./duty-records.page').then((m) => m.DutyRecordsPage) }];
