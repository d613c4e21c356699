import type { Routes } from '@angular/router';
import { LABELS } from '../../core/labels';

/** 预算绩效: the project list and each project's scorecard (ECharts is provided by the parent route). */
export const BUDGET_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./budget-projects.page').then((m) => m.BudgetProjectsPage) },
  { path: ':id', title: LABELS.titles.budgetProject, loadComponent: () => import('./budget-project.page').then((m) => m.BudgetProjectPage) },
];
