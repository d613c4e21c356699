import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { ROLE_LABELS } from '@julu/contracts';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../auth/auth.service';
import { NotificationBellComponent } from '../../features/workflow/notification-bell.component';
import { LABELS } from '../labels';
import { breadcrumbFor, navigationGroupsFor } from './navigation';

/** The logged-in frame: header with the notification bell and the user, side menu, and the routed page (alone when printed). */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, NzBreadCrumbModule, NzLayoutModule, NzMenuModule, NzIconModule, NzButtonModule, NzTagModule, NotificationBellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shell.component.css',
  template: `
    <nz-layout class="shell">
      <nz-header class="header no-print">
        <div class="brand">{{ labels.appName }}</div>
        @if (user(); as u) {
          <div class="user">
            <app-notification-bell />
            <span nz-icon nzType="user"></span>
            <span data-testid="shell-user-name">{{ u.displayName }}</span>
            <nz-tag nzColor="red" data-testid="shell-user-role">{{ roleLabel() }}</nz-tag>
            @if (u.orgUnitName) {
              <span class="unit">{{ u.orgUnitName }}</span>
            }
            <button nz-button nzType="text" class="logout" data-testid="shell-logout" (click)="logout()">
              <span nz-icon nzType="logout"></span>{{ labels.shell.logout }}
            </button>
          </div>
        }
      </nz-header>
      <nz-layout>
        <!-- On a phone the menu folds away behind a trigger, so forms get the whole width. -->
        <nz-sider nzWidth="200px" nzTheme="light" class="no-print" nzCollapsible nzBreakpoint="md" [nzCollapsedWidth]="0">
          <ul nz-menu nzMode="inline" [attr.aria-label]="labels.shell.menu">
            @for (group of navigation(); track group.id) {
              <li nz-menu-group [nzTitle]="group.label" [attr.data-testid]="'menu-group-' + group.id">
                <ul>
                  @for (item of group.items; track item.route) {
                    <li nz-menu-item nzMatchRouter>
                      <a [routerLink]="item.route" [attr.data-testid]="item.testId"><span nz-icon [nzType]="item.icon"></span>{{ item.label }}</a>
                    </li>
                  }
                </ul>
              </li>
            }
          </ul>
        </nz-sider>
        <nz-content class="content">
          @if (crumbs().length > 0) {
            <nz-breadcrumb class="crumbs no-print" data-testid="breadcrumb">
              @for (c of crumbs(); track $index) {
                <nz-breadcrumb-item>
                  @if (c.route && !$last) {
                    <a [routerLink]="c.route">{{ c.label }}</a>
                  } @else {
                    {{ c.label }}
                  }
                </nz-breadcrumb-item>
              }
            </nz-breadcrumb>
          }
          <router-outlet />
        </nz-content>
      </nz-layout>
    </nz-layout>
  `,
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly labels = LABELS;
  protected readonly user = this.auth.user;
  protected readonly navigation = computed(() => navigationGroupsFor(this.user()?.role));
  private readonly page = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => ({ url: this.router.url, title: deepestTitle(this.router.routerState.snapshot.root) })),
    ),
    { initialValue: { url: this.router.url, title: deepestTitle(this.router.routerState.snapshot.root) } },
  );
  protected readonly crumbs = computed(() => breadcrumbFor(this.page().url, this.page().title));
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });

  protected logout(): void {
    this.auth.logout();
    void this.router.navigate(['/login']);
  }
}

function deepestTitle(route: ActivatedRouteSnapshot): string | undefined {
  let current = route;
  let title = current.title;
  while (current.firstChild) {
    current = current.firstChild;
    title = current.title ?? title;
  }
  return title;
}
