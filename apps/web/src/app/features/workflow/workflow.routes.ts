import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 我的工作; its feature of the access map is on the parent route in app.routes.ts. */
export const WORK_ROUTES: Routes = [{ path: '', title: LABELS.titles.work, loadComponent: () => import('./work.page').then((m) => m.WorkPage) }];

/** 督查督办; its feature of the access map is on the parent route in app.routes.ts. */
export const SUPERVISION_ROUTES: Routes = [{ path: '', title: LABELS.titles.supervision, loadComponent: () => import('./supervision.page').then((m) => m.SupervisionPage) }];

/** A notice printed on its own (under /notices); its feature of the access map is on the parent route in app.routes.ts. */
export const NOTICE_ROUTES: Routes = [{ path: ':id/print', title: LABELS.titles.noticePrint, loadComponent: () => import('./notice-print.page').then((m) => m.NoticePrintPage) }];
