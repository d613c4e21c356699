import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { NotificationList } from '@julu/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../../core/icons';
import { NOTIFICATION_POLL_MS, NotificationBellComponent } from './notification-bell.component';

const list = (unread: number): NotificationList => ({
  unread,
  items: [
    {
      id: 'n1',
      kind: 'ASSIGNMENT',
      title: '新转送事项',
      body: '1305292026000001 待受理',
      caseId: 'c1',
      createdAt: '2026-05-01T02:00:00Z',
      readAt: unread ? null : '2026-05-01T03:00:00Z',
    },
  ],
});

describe('NotificationBellComponent', () => {
  let fixture: ComponentFixture<NotificationBellComponent>;
  let http: HttpTestingController;
  const byTestId = (id: string): HTMLElement | null => document.querySelector(`[data-testid="${id}"]`);
  // Fake timers drive the poll; change detection is run by hand (whenStable would wait on the faked clock).
  const settle = async (ms = 1): Promise<void> => {
    await Promise.resolve();
    jest.advanceTimersByTime(ms);
    fixture.detectChanges();
  };
  /** The dropdown opens after its 150 ms audit time. */
  const openBell = async (): Promise<void> => {
    byTestId('bell')?.click();
    await settle(200);
  };

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNzIcons(APP_ICONS)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationBellComponent);
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    jest.useRealTimers();
  });

  it('asks at once and then every minute, and shows the unread count', async () => {
    jest.advanceTimersByTime(0);
    http.expectOne('/api/notifications').flush(list(1));
    await settle();
    expect(byTestId('bell')?.getAttribute('data-unread')).toBe('1');
    jest.advanceTimersByTime(NOTIFICATION_POLL_MS);
    http.expectOne('/api/notifications').flush(list(0));
    await settle();
    expect(byTestId('bell')?.getAttribute('data-unread')).toBe('0');
  });

  it('marks an item read and opens its case; 全部已读 marks them all', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    jest.advanceTimersByTime(0);
    http.expectOne('/api/notifications').flush(list(1));
    await settle();
    await openBell();
    byTestId('bell-item-ASSIGNMENT')?.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush({});
    http.expectOne('/api/notifications').flush(list(1));
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c1']);

    await settle(200);
    await openBell();
    byTestId('bell-read-all')?.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({});
    http.expectOne('/api/notifications').flush(list(0));
  });
});
