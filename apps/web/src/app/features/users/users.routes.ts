import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 账号管理. The page's feature of the access map is on its parent route in app.routes.ts. */
export const USERS_ROUTES: Routes = [{ path: '', title: LABELS.titles.users, loadComponent: () => import('./users.page').then((m) => m.UsersPage) }];
