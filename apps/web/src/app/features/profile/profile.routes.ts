import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 个人设置. The page's feature of the access map is on its parent route in app.routes.ts. */
export const PROFILE_ROUTES: Routes = [{ path: '', title: LABELS.titles.profile, loadComponent: () => import('./profile.page').then((m) => m.ProfilePage) }];
