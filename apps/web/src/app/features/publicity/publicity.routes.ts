import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 信访宣传 and a new 宣传活动. The page's feature of the access map is on its parent route in app.routes.ts. */
export const PUBLICITY_ROUTES: Routes = [
  { path: '', title: LABELS.titles.publicity, loadComponent: () => import('./publicity.page').then((m) => m.PublicityPage) },
  { path: 'new', title: LABELS.titles.publicityEvent, loadComponent: () => import('./publicity-event-form.page').then((m) => m.PublicityEventFormPage) },
];
