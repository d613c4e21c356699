import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type NotificationList } from '@julu/contracts';
import type { Observable } from 'rxjs';

/** The in-app notifications of the logged-in user (reminders, breaches, assignments, 督办). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<NotificationList> {
    return this.http.get<NotificationList>(API_ROUTES.notifications);
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post(`${API_ROUTES.notifications}/${id}/read`, {});
  }

  markAllRead(): Observable<unknown> {
    return this.http.post(`${API_ROUTES.notifications}/read-all`, {});
  }
}
