import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type CaseListResponse,
  type ChannelFollowUpRequest,
  type ConsultationRequest,
  type ConsultationView,
  type DiversionCaseView,
  type DiversionCountRow,
  type DiversionLedgerQuery,
  type DiversionLedgerResponse,
  type DiversionQueueResponse,
  type DiversionView,
  type DivertCaseRequest,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

/** 依法分流: the workbench queue, flag, decision, follow-up, consultations, ledger and counts. */
@Injectable({ providedIn: 'root' })
export class DiversionApi {
  private readonly http = inject(HttpClient);

  queue(after?: string): Promise<DiversionQueueResponse> {
    return firstValueFrom(this.http.get<DiversionQueueResponse>(API_ROUTES.diversionQueue, { params: toHttpParams({ after, limit: 20 }) }));
  }

  get(caseId: string): Promise<DiversionCaseView> {
    return firstValueFrom(this.http.get<DiversionCaseView>(`${API_ROUTES.diversionCases}/${caseId}`));
  }

  /** Finds a case by its number (the case list's keyword search covers case numbers). */
  async findCase(caseNo: string): Promise<string | null> {
    const page = await firstValueFrom(this.http.get<CaseListResponse>(API_ROUTES.cases, { params: toHttpParams({ keyword: caseNo.trim(), limit: 5 }) }));
    return page.items.find((c) => c.caseNo === caseNo.trim())?.id ?? null;
  }

  flag(caseId: string, reason: string): Promise<DiversionCaseView> {
    return firstValueFrom(this.http.post<DiversionCaseView>(`${API_ROUTES.diversionCases}/${caseId}/flag`, { reason }));
  }

  decide(caseId: string, body: DivertCaseRequest): Promise<DiversionCaseView> {
    return firstValueFrom(this.http.post<DiversionCaseView>(`${API_ROUTES.diversionCases}/${caseId}/decision`, body));
  }

  consult(caseId: string, body: ConsultationRequest, key: string): Promise<ConsultationView> {
    return firstValueFrom(this.http.post<ConsultationView>(`${API_ROUTES.diversionCases}/${caseId}/consultations`, body, { headers: new HttpHeaders({ 'Idempotency-Key': key }) }));
  }

  followUp(diversionId: string, body: ChannelFollowUpRequest): Promise<DiversionView> {
    return firstValueFrom(this.http.post<DiversionView>(`${API_ROUTES.diversionRecords}/${diversionId}/follow-up`, body));
  }

  ledger(query: DiversionLedgerQuery): Promise<DiversionLedgerResponse> {
    return firstValueFrom(this.http.get<DiversionLedgerResponse>(API_ROUTES.diversionLedger, { params: toHttpParams(query) }));
  }

  exportLedger(query: DiversionLedgerQuery): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.diversionLedger}/export`, { params: toHttpParams(query), responseType: 'blob' }));
  }

  counts(year: number): Promise<DiversionCountRow[]> {
    return firstValueFrom(this.http.get<DiversionCountRow[]>(API_ROUTES.diversionCounts, { params: toHttpParams({ year }) }));
  }
}
