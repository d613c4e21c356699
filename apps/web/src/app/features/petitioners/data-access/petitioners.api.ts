import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type FindPetitionersQuery, type PetitionerView, type RevealRequest, type RevealResponse } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

@Injectable({ providedIn: 'root' })
export class PetitionersApi {
  private readonly http = inject(HttpClient);

  find(query: FindPetitionersQuery): Promise<PetitionerView[]> {
    return firstValueFrom(this.http.get<PetitionerView[]>(API_ROUTES.petitioners, { params: toHttpParams(query) }));
  }

  reveal(id: string, body: RevealRequest): Promise<RevealResponse> {
    return firstValueFrom(this.http.post<RevealResponse>(`${API_ROUTES.petitioners}/${id}/reveal`, body));
  }
}
