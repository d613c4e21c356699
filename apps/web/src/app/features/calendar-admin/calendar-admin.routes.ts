import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 法定期限与节假日. The page's feature of the access map is on its parent route in app.routes.ts. */
export const CALENDAR_ADMIN_ROUTES: Routes = [
  { path: '', title: LABELS.titles.calendarAdmin, loadComponent: () => import('./calendar-admin.page').then((m) => m.CalendarAdminPage) },
];
