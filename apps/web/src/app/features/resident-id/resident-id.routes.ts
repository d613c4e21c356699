import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 身份证号码校验. The page's feature of the access map is on its parent route in app.routes.ts. */
export const RESIDENT_ID_ROUTES: Routes = [{ path: '', title: LABELS.titles.residentId, loadComponent: () => import('./resident-id.page').then((m) => m.ResidentIdPage) }];
