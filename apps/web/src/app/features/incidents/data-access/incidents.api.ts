import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AddIncidentReportRequest,
  API_ROUTES,
  type CreateIncidentRequest,
  type IncidentDetail,
  type IncidentListQuery,
  type IncidentLevel,
  type IncidentListResponse,
  type IncidentReportLimit,
  type OrgUnitDetail,
  type UpdateIncidentReportLimitRequest,
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

  reportLimits(): Promise<IncidentReportLimit[]> {
    return firstValueFrom(this.http.get<IncidentReportLimit[]>(API_ROUTES.incidentReportLimits));
  }

  updateReportLimit(level: IncidentLevel, body: UpdateIncidentReportLimitRequest): Promise<IncidentReportLimit> {
    return firstValueFrom(this.http.put<IncidentReportLimit>(`${API_ROUTES.incidentReportLimits}/${level}`, body));
  }

  townships(): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits)).then((units) => units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
  }

  villages(townshipId: string): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params: { parentId: townshipId } }));
  }
}
