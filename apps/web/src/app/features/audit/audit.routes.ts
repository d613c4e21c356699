import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 审计日志. The page's feature of the access map is on its parent route in app.routes.ts. */
export const AUDIT_ROUTES: Routes = [{ path: '', title: LABELS.titles.audit, loadComponent: () => import('./audit.page').then((m) => m.AuditPage) }];
