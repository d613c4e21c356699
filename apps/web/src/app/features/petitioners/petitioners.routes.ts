import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 信访人查询. The page's feature of the access map is on its parent route in app.routes.ts. */
export const PETITIONERS_ROUTES: Routes = [{ path: '', title: LABELS.titles.petitioners, loadComponent: () => import('./petitioners.page').then((m) => m.PetitionersPage) }];
