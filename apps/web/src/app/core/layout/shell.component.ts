import { NgTemplateOutlet } from '@angular/common';
import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { ROLE_LABELS } from '@julu/contracts';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../auth/auth.service';
import { NotificationBellComponent } from '../../features/workflow/notification-bell.component';
import { DeploymentNames } from '../deployment/deployment-names';
import { LABELS } from '../labels';
import { breadcrumbFor, navigationGroupsFor } from './navigation';

/** Below this width the side menu leaves the page and slides in as a drawer (issue 17: phones). */
export const PHONE_QUERY = '(max-width: 767.98px)';

/**
 * The logged-in frame: header with the notification bell and the user, the menu, and the routed page
 * (alone when printed). On a wide screen the menu is a side bar; on a phone it is a drawer opened from
 * the header, so the page keeps the whole width and nothing floats over it.
 */
@Component({
  selector: 'app-shell',
  imports: [
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    NzBreadCrumbModule,
    NzDrawerModule,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzButtonModule,
    NzTagModule,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shell.component.css',
  templateUrl: './shell.component.html',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly labels = LABELS;
  protected readonly names = inject(DeploymentNames);
  protected readonly user = this.auth.user;
  protected readonly navigation = computed(() => navigationGroupsFor(this.user()?.role));
  private readonly page = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => ({ url: this.router.url, title: deepestTitle(this.router.routerState.snapshot.root) })),
    ),
    { initialValue: { url: this.router.url, title: deepestTitle(this.router.routerState.snapshot.root) } },
  );
  /** True on a phone-sized screen: the menu is a drawer. */
  protected readonly phone = toSignal(this.breakpoints.observe(PHONE_QUERY).pipe(map((s) => s.matches)), {
    initialValue: this.breakpoints.isMatched(PHONE_QUERY),
  });
  protected readonly menuOpen = signal(false);
  protected readonly crumbs = computed(() => breadcrumbFor(this.page().url, this.page().title));
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });

  constructor() {
    // Choosing a page closes the drawer: the officer came to see the page, not the menu.
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

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
