import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AddIncidentReportRequest,
  API_ROUTES,
  type CreateIncidentRequest,
  type IncidentDetail,
  type IncidentListQuery,
  type IncidentListResponse,
  type OrgUnitDetail,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

const idempotent = (key: string): { headers: HttpHeaders } => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

/** 突发事件: quick report, list, detail and the report chain. */
@Injectable({ providedIn: 'root' })
export class IncidentsApi {
  private readonly http = inject(HttpClient);

  list(query: IncidentListQuery): Promise<IncidentListResponse> {
    return firstValueFrom(this.http.get<IncidentListResponse>(API_ROUTES.incidents, { params: toHttpParams(query) }));
  }

  get(id: string): Promise<IncidentDetail> {
    return firstValueFrom(this.http.get<IncidentDetail>(`${API_ROUTES.incidents}/${id}`));
  }

  create(body: CreateIncidentRequest, key: string): Promise<IncidentDetail> {
    return firstValueFrom(this.http.post<IncidentDetail>(API_ROUTES.incidents, body, idempotent(key)));
  }

  addReport(id: string, body: AddIncidentReportRequest, key: string): Promise<IncidentDetail> {
    return firstValueFrom(this.http.post<IncidentDetail>(`${API_ROUTES.incidents}/${id}/reports`, body, idempotent(key)));
  }

  townships(): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits)).then((units) => units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
  }

  villages(townshipId: string): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params: { parentId: townshipId } }));
  }
}
