import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type PublicCaseView, type PublicEvaluationRequest, type PublicLookupRequest } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

/** The petitioner's own lookup and evaluation, without login (query code + last four characters). */
@Injectable({ providedIn: 'root' })
export class PublicQueryApi {
  private readonly http = inject(HttpClient);

  lookup(body: PublicLookupRequest): Promise<PublicCaseView> {
    return firstValueFrom(this.http.post<PublicCaseView>(API_ROUTES.publicLookup, body));
  }

  evaluate(body: PublicEvaluationRequest): Promise<PublicCaseView> {
    return firstValueFrom(this.http.post<PublicCaseView>(API_ROUTES.publicEvaluation, body));
  }
}
