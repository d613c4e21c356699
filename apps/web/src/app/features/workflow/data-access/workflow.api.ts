import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type CaseDetail,
  type CaseListResponse,
  type CaseSummary,
  type CaseTransitionRequest,
  type CaseWorkflowView,
  type NoticeView,
  type OrgUnitDetail,
  type RecordDeliveryRequest,
  type RecordEvaluationRequest,
  type SupervisionLevel,
  type SupervisionRow,
  type WorkInbox,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

const idempotent = (key: string): { headers: HttpHeaders } => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

export interface SupervisionQuery {
  level?: SupervisionLevel;
  overdue?: boolean;
}

/** The workflow of a case (transitions, notices, evaluations) and the work lists built on it. */
@Injectable({ providedIn: 'root' })
export class WorkflowApi {
  private readonly http = inject(HttpClient);

  view(caseId: string): Promise<CaseWorkflowView> {
    return firstValueFrom(this.http.get<CaseWorkflowView>(`${API_ROUTES.cases}/${caseId}/workflow`));
  }

  /** One transition; the key is fresh per form, so a retried submit never acts twice. */
  transition(caseId: string, body: CaseTransitionRequest, key: string): Promise<CaseWorkflowView> {
    return firstValueFrom(this.http.post<CaseWorkflowView>(`${API_ROUTES.cases}/${caseId}/transitions`, body, idempotent(key)));
  }

  notice(id: string): Promise<NoticeView> {
    return firstValueFrom(this.http.get<NoticeView>(`${API_ROUTES.notices}/${id}`));
  }

  recordDelivery(noticeId: string, body: RecordDeliveryRequest, key: string): Promise<NoticeView> {
    return firstValueFrom(this.http.post<NoticeView>(`${API_ROUTES.notices}/${noticeId}/delivery`, body, idempotent(key)));
  }

  /** 回访: an evaluation a member of staff took down from the petitioner. */
  recordEvaluation(caseId: string, body: RecordEvaluationRequest, key: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`${API_ROUTES.cases}/${caseId}/evaluations`, body, idempotent(key)));
  }

  inbox(): Promise<WorkInbox> {
    return firstValueFrom(this.http.get<WorkInbox>(API_ROUTES.workInbox));
  }

  supervision(query: SupervisionQuery): Promise<{ items: SupervisionRow[] }> {
    return firstValueFrom(this.http.get<{ items: SupervisionRow[] }>(API_ROUTES.supervision, { params: toHttpParams(query) }));
  }

  /** Units a case can be forwarded or assigned to: county departments, townships and zones. */
  async handlingUnits(): Promise<OrgUnitDetail[]> {
    const units = await firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits));
    return units.filter((u) => !u.retired && ['DEPARTMENT', 'TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type));
  }

  /** Cases whose title, request or facts contain the keyword (to pick the earlier case of a 不再受理). */
  findCases(keyword: string): Promise<CaseListResponse> {
    return firstValueFrom(this.http.get<CaseListResponse>(API_ROUTES.cases, { params: new HttpParams().set('keyword', keyword).set('limit', 10) }));
  }

  /** The other cases of this case's petitioners, newest first (the likeliest earlier case of a repeat). */
  async petitionersCases(caseId: string): Promise<CaseSummary[]> {
    const detail = await firstValueFrom(this.http.get<CaseDetail>(`${API_ROUTES.cases}/${caseId}`));
    const pages = await Promise.all(
      detail.petitioners.map((p) =>
        firstValueFrom(this.http.get<CaseListResponse>(API_ROUTES.cases, { params: new HttpParams().set('petitionerId', p.petitionerId).set('limit', 50) })),
      ),
    );
    return pages.flatMap((page) => page.items);
  }
}
