import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 依法分流. The page's feature of the access map is on its parent route in app.routes.ts. */
export const DIVERSION_ROUTES: Routes = [{ path: '', title: LABELS.titles.diversion, loadComponent: () => import('./diversion.page').then((m) => m.DiversionPage) }];
