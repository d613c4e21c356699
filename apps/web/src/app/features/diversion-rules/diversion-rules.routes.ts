import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 分流规则. The page's feature of the access map is on its parent route in app.routes.ts. */
export const DIVERSION_RULES_ROUTES: Routes = [
  { path: '', title: LABELS.titles.diversionRules, loadComponent: () => import('./diversion-rules.page').then((m) => m.DiversionRulesPage) },
];
