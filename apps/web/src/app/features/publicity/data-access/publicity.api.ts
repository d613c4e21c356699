import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type CreatePublicityEventRequest,
  type OrgUnitDetail,
  type PublicityCoverageView,
  type PublicityEventListQuery,
  type PublicityEventListResponse,
  type PublicityEventView,
  type PublicityPhotoView,
  type PublicityPlanRow,
  type UpsertPublicityPlanRequest,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

/** 信访宣传: events, their photos, the coverage table and the annual plan per village. */
@Injectable({ providedIn: 'root' })
export class PublicityApi {
  private readonly http = inject(HttpClient);

  events(query: PublicityEventListQuery): Promise<PublicityEventListResponse> {
    return firstValueFrom(this.http.get<PublicityEventListResponse>(API_ROUTES.publicityEvents, { params: toHttpParams(query) }));
  }

  create(body: CreatePublicityEventRequest, key: string): Promise<PublicityEventView> {
    return firstValueFrom(this.http.post<PublicityEventView>(API_ROUTES.publicityEvents, body, { headers: new HttpHeaders({ 'Idempotency-Key': key }) }));
  }

  uploadPhoto(eventId: string, file: File): Promise<PublicityPhotoView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return firstValueFrom(this.http.post<PublicityPhotoView>(`${API_ROUTES.publicityEvents}/${eventId}/photos`, form));
  }

  photo(eventId: string, photoId: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.publicityEvents}/${eventId}/photos/${photoId}`, { responseType: 'blob' }));
  }

  coverage(year: number): Promise<PublicityCoverageView> {
    return firstValueFrom(this.http.get<PublicityCoverageView>(API_ROUTES.publicityCoverage, { params: { year } }));
  }

  /** A township's villages with their plan for the year (a township officer's own township when omitted). */
  plans(year: number, townshipId?: string): Promise<PublicityPlanRow[]> {
    return firstValueFrom(this.http.get<PublicityPlanRow[]>(API_ROUTES.publicityPlans, { params: toHttpParams({ year, townshipId }) }));
  }

  setPlan(villageId: string, body: UpsertPublicityPlanRequest): Promise<PublicityPlanRow> {
    return firstValueFrom(this.http.put<PublicityPlanRow>(`${API_ROUTES.publicityPlans}/${villageId}`, body));
  }

  townships(): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits)).then((units) => units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
  }

  villages(townshipId: string): Promise<OrgUnitDetail[]> {
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params: { parentId: townshipId } }));
  }
}
