import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type CreateOrgUnitRequest, type OrgUnitDetail, type UpdateOrgUnitRequest } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class OrgApi {
  private readonly http = inject(HttpClient);

  /** Administrative units, or the children of `parentId`. */
  list(parentId: string | null, includeRetired: boolean): Promise<OrgUnitDetail[]> {
    let params = new HttpParams().set('includeRetired', includeRetired);
    if (parentId) params = params.set('parentId', parentId);
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params }));
  }

  create(body: CreateOrgUnitRequest): Promise<OrgUnitDetail> {
    return firstValueFrom(this.http.post<OrgUnitDetail>(API_ROUTES.orgUnits, body));
  }

  update(id: string, body: UpdateOrgUnitRequest): Promise<OrgUnitDetail> {
    return firstValueFrom(this.http.patch<OrgUnitDetail>(`${API_ROUTES.orgUnits}/${id}`, body));
  }
}
