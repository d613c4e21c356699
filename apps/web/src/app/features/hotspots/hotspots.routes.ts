import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 隐患排查: the ledger, a new 隐患 and each one; its feature of the access map is on the parent route in app.routes.ts. */
export const HOTSPOTS_ROUTES: Routes = [
  { path: '', title: LABELS.titles.hotspots, loadComponent: () => import('./hotspots.page').then((m) => m.HotspotsPage) },
  { path: 'new', title: LABELS.titles.hotspotNew, loadComponent: () => import('./hotspot-form.page').then((m) => m.HotspotFormPage) },
  { path: ':id', title: LABELS.titles.hotspotDetail, loadComponent: () => import('./hotspot-detail.page').then((m) => m.HotspotDetailPage) },
];

/** 积案与领导包案; its feature of the access map is on the parent route in app.routes.ts. */
export const BACKLOG_ROUTES: Routes = [{ path: '', title: LABELS.titles.backlog, loadComponent: () => import('./backlog.page').then((m) => m.BacklogPage) }];
