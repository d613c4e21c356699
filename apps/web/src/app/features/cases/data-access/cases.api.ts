import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type AttachmentView,
  type CaseDetail,
  type CaseListQuery,
  type CaseListResponse,
  type CaseLookupRequest,
  type CaseRegistration,
  type CaseSummary,
  type ContentCategory,
  type CreateCaseRequest,
  type CreatePetitionerRequest,
  type DecideRepeatRequest,
  type ExportJobView,
  type ExportRequest,
  type Ledger,
  type OrgUnitDetail,
  type PetitionerView,
  type RegisterVisitRequest,
  type RepeatCandidatesRequest,
  type RepeatCandidatesResponse,
  type RepeatLinkView,
  type VisitRegistration,
  type VisitView,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

const idempotent = (key: string): { headers: HttpHeaders } => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

/** Cases, visits and what their forms need. Creates carry an Idempotency-Key: a retried save never registers twice. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: CaseListQuery): Promise<CaseListResponse> {
    return firstValueFrom(this.http.get<CaseListResponse>(API_ROUTES.cases, { params: toHttpParams(query) }));
  }

  /** A picker's search (by case number, petitioner's name or title words) among the cases the user may see; POST keeps a name out of the URL. */
  lookup(text: string): Promise<CaseSummary[]> {
    const body: CaseLookupRequest = { text };
    return firstValueFrom(this.http.post<CaseSummary[]>(API_ROUTES.casesLookup, body));
  }

  get(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(`${API_ROUTES.cases}/${id}`));
  }

  visits(caseId: string): Promise<VisitView[]> {
    return firstValueFrom(this.http.get<VisitView[]>(`${API_ROUTES.cases}/${caseId}/visits`));
  }

  register(body: CreateCaseRequest, key: string): Promise<CaseRegistration> {
    return firstValueFrom(this.http.post<CaseRegistration>(API_ROUTES.cases, body, idempotent(key)));
  }

  registerVisit(body: RegisterVisitRequest, key: string): Promise<VisitRegistration> {
    return firstValueFrom(this.http.post<VisitRegistration>(API_ROUTES.visits, body, idempotent(key)));
  }

  attachments(caseId: string): Promise<AttachmentView[]> {
    return firstValueFrom(this.http.get<AttachmentView[]>(`${API_ROUTES.cases}/${caseId}/attachments`));
  }

  uploadAttachment(caseId: string, file: File): Promise<AttachmentView> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.post<AttachmentView>(`${API_ROUTES.cases}/${caseId}/attachments`, body));
  }

  attachmentFile(caseId: string, attachmentId: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.cases}/${caseId}/attachments/${attachmentId}`, { responseType: 'blob' }));
  }

  /** A ledger at once (small ones; a larger one answers 409 with its row count). */
  ledger(ledger: Ledger, query: CaseListQuery): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.ledgers}/${ledger === 'CASES' ? 'cases' : 'visits'}`, { params: toHttpParams(query), responseType: 'blob' }));
  }

  requestExport(body: ExportRequest, key: string): Promise<ExportJobView> {
    return firstValueFrom(this.http.post<ExportJobView>(API_ROUTES.exports, body, idempotent(key)));
  }

  exportJob(id: string): Promise<ExportJobView> {
    return firstValueFrom(this.http.get<ExportJobView>(`${API_ROUTES.exports}/${id}`));
  }

  exportFile(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.exports}/${id}/file`, { responseType: 'blob' }));
  }

  repeatCandidates(body: RepeatCandidatesRequest): Promise<RepeatCandidatesResponse> {
    return firstValueFrom(this.http.post<RepeatCandidatesResponse>(`${API_ROUTES.cases}/repeat-candidates`, body));
  }

  decideRepeat(caseId: string, body: DecideRepeatRequest): Promise<RepeatLinkView> {
    return firstValueFrom(this.http.post<RepeatLinkView>(`${API_ROUTES.cases}/${caseId}/repeat-links`, body));
  }

  undoRepeat(caseId: string, priorCaseId: string): Promise<RepeatLinkView> {
    return firstValueFrom(this.http.delete<RepeatLinkView>(`${API_ROUTES.cases}/${caseId}/repeat-links/${priorCaseId}`));
  }

  repeatLinks(caseId: string): Promise<RepeatLinkView[]> {
    return firstValueFrom(this.http.get<RepeatLinkView[]>(`${API_ROUTES.cases}/${caseId}/repeat-links`));
  }

  findPetitionerByIdNumber(idNumber: string): Promise<PetitionerView[]> {
    return firstValueFrom(this.http.post<PetitionerView[]>(API_ROUTES.petitionersLookup, { idNumber }));
  }

  createPetitioner(body: CreatePetitionerRequest, key: string): Promise<PetitionerView> {
    return firstValueFrom(this.http.post<PetitionerView>(API_ROUTES.petitioners, body, idempotent(key)));
  }

  categories(): Promise<ContentCategory[]> {
    return firstValueFrom(this.http.get<ContentCategory[]>(API_ROUTES.contentCategories));
  }

  units(parentId: string | null = null): Promise<OrgUnitDetail[]> {
    let params = new HttpParams();
    if (parentId) params = params.set('parentId', parentId);
    return firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits, { params }));
  }
}
