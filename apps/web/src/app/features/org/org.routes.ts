import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 组织机构. The page's feature of the access map is on its parent route in app.routes.ts. */
export const ORG_ROUTES: Routes = [{ path: '', title: LABELS.titles.org, loadComponent: () => import('./org.page').then((m) => m.OrgPage) }];
