import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 内容分类. The page's feature of the access map is on its parent route in app.routes.ts. */
export const CATEGORIES_ROUTES: Routes = [{ path: '', title: LABELS.titles.categories, loadComponent: () => import('./categories.page').then((m) => m.CategoriesPage) }];
