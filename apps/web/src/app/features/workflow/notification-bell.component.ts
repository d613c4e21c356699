import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import type { NotificationList, NotificationView } from '@julu/contracts';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { catchError, EMPTY, filter, merge, of, switchMap } from 'rxjs';
import { WORKFLOW_LABELS } from './workflow.labels';
import { LiveUpdates } from '../../core/live/live-updates.service';
import { NotificationsApi } from './data-access/notifications.api';

/** How often the bell asks for news while the live stream is down and the user stays on one page. */
export const NOTIFICATION_POLL_MS = 60_000;

/** The bell in the header: unread count, the latest notifications, and a way to the case each is about. */
@Component({
  selector: 'app-notification-bell',
  imports: [DatePipe, NzBadgeModule, NzButtonModule, NzDropDownModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      nz-button
      nzType="text"
      type="button"
      class="bell"
      nz-dropdown
      nzTrigger="click"
      nzPlacement="bottomRight"
      [nzDropdownMenu]="menu"
      [nzVisible]="open()"
      (nzVisibleChange)="open.set($event)"
      [attr.aria-label]="labels.open + ' ' + unread()"
      [attr.data-unread]="unread()"
      data-testid="bell"
    >
      <nz-badge [nzCount]="unread()" nzSize="small" [nzOffset]="[4, -2]"><span nz-icon nzType="bell" class="icon"></span></nz-badge>
    </button>
    <nz-dropdown-menu #menu="nzDropdownMenu">
      <div class="panel" data-testid="bell-panel">
        <div class="head">
          <strong>{{ labels.title }}</strong>
          <button nz-button nzType="link" nzSize="small" type="button" [disabled]="unread() === 0" (click)="readAll()" data-testid="bell-read-all">{{ labels.readAll }}</button>
        </div>
        @for (n of items(); track n.id) {
          <button type="button" class="item" [class.unread]="!n.readAt" (click)="choose(n)" [attr.data-testid]="'bell-item-' + n.kind">
            <span class="title">{{ n.title }}</span>
            <span class="body">{{ n.body }}</span>
            <span class="time">{{ n.createdAt | date: 'MM-dd HH:mm' }}</span>
          </button>
        } @empty {
          <p class="empty">{{ labels.empty }}</p>
        }
      </div>
    </nz-dropdown-menu>
  `,
  styles: [
    '.bell { color: #fff; } .icon { font-size: 18px; color: #fff; }',
    '.panel { width: min(360px, calc(100vw - 16px)); max-height: 440px; overflow-y: auto; background: #fff; border-radius: 4px; box-shadow: 0 6px 16px rgba(0,0,0,.12); }',
    '.head { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #f0f0f0; }',
    '.item { display: block; width: 100%; text-align: left; padding: 8px 12px; border: 0; border-bottom: 1px solid #f5f5f5; background: #fff; cursor: pointer; }',
    '.item:hover, .item:focus-visible { background: #fafafa; } .item.unread { background: #fff7e6; } .item.unread .title { font-weight: 600; }',
    '.title, .body, .time { display: block; } .body { color: rgba(0,0,0,.65); font-size: 12px; } .time { color: rgba(0,0,0,.45); font-size: 12px; }',
    '.empty { padding: 16px; margin: 0; text-align: center; color: rgba(0,0,0,.45); }',
  ],
})
export class NotificationBellComponent {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  protected readonly labels = WORKFLOW_LABELS.notifications;
  private readonly list = signal<NotificationList>({ items: [], unread: 0 });
  protected readonly items = computed(() => this.list().items);
  protected readonly unread = computed(() => this.list().unread);
  protected readonly open = signal(false);

  constructor() {
    // Now, when the live stream says so (every minute while it is down), and after each navigation;
    // a failed poll keeps what was shown.
    const live = inject(LiveUpdates).changes('notifications', NOTIFICATION_POLL_MS);
    merge(of(0), live, this.router.events.pipe(filter((e) => e instanceof NavigationEnd)))
      .pipe(
        switchMap(() => this.api.list().pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.list.set(list));
  }

  private refresh(): void {
    this.api
      .list()
      .pipe(catchError(() => EMPTY))
      .subscribe((list) => this.list.set(list));
  }

  protected choose(notification: NotificationView): void {
    this.open.set(false);
    const read$ = notification.readAt ? EMPTY : this.api.markRead(notification.id).pipe(catchError(() => EMPTY));
    read$.subscribe({ complete: () => this.refresh() });
    if (notification.caseId) void this.router.navigate(['/cases', notification.caseId]);
  }

  protected readAll(): void {
    this.api
      .markAllRead()
      .pipe(catchError(() => EMPTY))
      .subscribe({ complete: () => this.refresh() });
  }
}
