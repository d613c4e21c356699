import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type FindPetitionersRequest, type PetitionerView, type RevealRequest, type RevealResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PetitionersApi {
  private readonly http = inject(HttpClient);

  /** POST: ID and phone numbers stay out of URLs (logs, proxies, browser history). */
  find(body: FindPetitionersRequest): Promise<PetitionerView[]> {
    return firstValueFrom(this.http.post<PetitionerView[]>(API_ROUTES.petitionersLookup, body));
  }

  reveal(id: string, body: RevealRequest): Promise<RevealResponse> {
    return firstValueFrom(this.http.post<RevealResponse>(`${API_ROUTES.petitioners}/${id}/reveal`, body));
  }
}
