import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type ResidentIdCheckRequest, type ResidentIdCheckResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ResidentIdApi {
  private readonly http = inject(HttpClient);

  check(idNumber: string): Promise<ResidentIdCheckResponse> {
    const body: ResidentIdCheckRequest = { idNumber };
    return firstValueFrom(this.http.post<ResidentIdCheckResponse>(API_ROUTES.residentIdCheck, body));
  }
}
