import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 接待登记. The page's feature of the access map is on its parent route in app.routes.ts. */
export const RECEPTION_ROUTES: Routes = [{ path: '', title: LABELS.titles.reception, loadComponent: () => import('./reception.page').then((m) => m.ReceptionPage) }];
