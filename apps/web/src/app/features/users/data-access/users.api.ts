import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type CreateUserRequest, type OrgUnitSummary, type UpdateUserRequest, type UserListResponse, type UserSummary } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(after: string | null, limit = 50): Promise<UserListResponse> {
    let params = new HttpParams().set('limit', limit);
    if (after) params = params.set('after', after);
    return firstValueFrom(this.http.get<UserListResponse>(API_ROUTES.users, { params }));
  }

  create(body: CreateUserRequest): Promise<UserSummary> {
    return firstValueFrom(this.http.post<UserSummary>(API_ROUTES.users, body));
  }

  update(id: string, body: UpdateUserRequest): Promise<UserSummary> {
    return firstValueFrom(this.http.patch<UserSummary>(`${API_ROUTES.users}/${id}`, body));
  }

  orgUnits(): Promise<OrgUnitSummary[]> {
    return firstValueFrom(this.http.get<OrgUnitSummary[]>(API_ROUTES.orgUnits));
  }
}
