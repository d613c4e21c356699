import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type BacklogCaseView,
  type BacklogListResponse,
  type BacklogResolutionRequest,
  type ContentCategory,
  type CreateBacklogCaseRequest,
  type CreateHotspotRequest,
  type HotspotDetailView,
  type HotspotImportReport,
  type HotspotIncidentRequest,
  type HotspotIncidentResult,
  type HotspotListQuery,
  type HotspotListResponse,
  type HotspotTransitionRequest,
  type LeaderActivityRequest,
  type OrgUnitDetail,
  type WeeklyReportRequest,
  type WeeklyReportStatusRow,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

const idempotent = (key: string): { headers: HttpHeaders } => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

/** 信访隐患排查台账, 每周排查, 积案 and 领导包案. */
@Injectable({ providedIn: 'root' })
export class HotspotsApi {
  private readonly http = inject(HttpClient);

  list(query: HotspotListQuery): Promise<HotspotListResponse> {
    return firstValueFrom(this.http.get<HotspotListResponse>(API_ROUTES.hotspots, { params: toHttpParams(query) }));
  }

  get(id: string): Promise<HotspotDetailView> {
    return firstValueFrom(this.http.get<HotspotDetailView>(`${API_ROUTES.hotspots}/${id}`));
  }

  create(body: CreateHotspotRequest, key: string): Promise<HotspotDetailView> {
    return firstValueFrom(this.http.post<HotspotDetailView>(API_ROUTES.hotspots, body, idempotent(key)));
  }

  transition(id: string, body: HotspotTransitionRequest): Promise<HotspotDetailView> {
    return firstValueFrom(this.http.post<HotspotDetailView>(`${API_ROUTES.hotspots}/${id}/transitions`, body));
  }

  followUp(id: string, content: string, key: string): Promise<HotspotDetailView> {
    return firstValueFrom(this.http.post<HotspotDetailView>(`${API_ROUTES.hotspots}/${id}/follow-ups`, { content }, idempotent(key)));
  }

  reportIncident(id: string, body: HotspotIncidentRequest, key: string): Promise<HotspotIncidentResult> {
    return firstValueFrom(this.http.post<HotspotIncidentResult>(`${API_ROUTES.hotspots}/${id}/incident`, body, idempotent(key)));
  }

  exportLedger(query: HotspotListQuery): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.hotspots}/export`, { params: toHttpParams(query), responseType: 'blob' }));
  }

  import(file: File): Promise<HotspotImportReport> {
    const body = new FormData();
    body.append('file', file);
    return firstValueFrom(this.http.post<HotspotImportReport>(`${API_ROUTES.hotspots}/import`, body));
  }

  week(weekStart?: string): Promise<WeeklyReportStatusRow[]> {
    return firstValueFrom(this.http.get<WeeklyReportStatusRow[]>(API_ROUTES.hotspotWeeklyReports, { params: toHttpParams({ weekStart }) }));
  }

  submitWeek(body: WeeklyReportRequest): Promise<WeeklyReportStatusRow> {
    return firstValueFrom(this.http.post<WeeklyReportStatusRow>(API_ROUTES.hotspotWeeklyReports, body));
  }

  backlog(after?: string): Promise<BacklogListResponse> {
    return firstValueFrom(this.http.get<BacklogListResponse>(API_ROUTES.backlogCases, { params: toHttpParams({ limit: 100, ...(after ? { after } : {}) }) }));
  }

  exportBacklog(): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.backlogCases}/export`, { responseType: 'blob' }));
  }

  createBacklog(body: CreateBacklogCaseRequest, key: string): Promise<BacklogCaseView> {
    return firstValueFrom(this.http.post<BacklogCaseView>(API_ROUTES.backlogCases, body, idempotent(key)));
  }

  backlogCase(id: string): Promise<BacklogCaseView> {
    return firstValueFrom(this.http.get<BacklogCaseView>(`${API_ROUTES.backlogCases}/${id}`));
  }

  addActivity(id: string, body: LeaderActivityRequest, key: string): Promise<BacklogCaseView> {
    return firstValueFrom(this.http.post<BacklogCaseView>(`${API_ROUTES.backlogCases}/${id}/activities`, body, idempotent(key)));
  }

  resolve(id: string, body: BacklogResolutionRequest): Promise<BacklogCaseView> {
    return firstValueFrom(this.http.post<BacklogCaseView>(`${API_ROUTES.backlogCases}/${id}/resolution`, body));
  }

  townships(): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits)).then((units) =>
      units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type) && !u.retired),
    );
  }

  villages(townshipId: string): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params: { parentId: townshipId } }));
  }

  categories(): Promise<ContentCategory[]> {
    return firstValueFrom(this.http.get<ContentCategory[]>(API_ROUTES.contentCategories));
  }
}
