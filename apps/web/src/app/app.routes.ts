import type { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guard';
import { ShellComponent } from './core/layout/shell.component';

export const APP_ROUTES: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    title: '登录 - 巨鹿县信访事项办理系统',
    loadComponent: () => import('./features/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: '首页 - 巨鹿县信访事项办理系统',
        loadComponent: () => import('./features/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'resident-id',
        title: '身份证号码校验 - 巨鹿县信访事项办理系统',
        loadComponent: () => import('./features/resident-id/resident-id.page').then((m) => m.ResidentIdPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
