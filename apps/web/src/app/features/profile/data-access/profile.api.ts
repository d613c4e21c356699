import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type ChangePasswordRequest } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  changePassword(body: ChangePasswordRequest): Promise<void> {
    return firstValueFrom(this.http.put<void>(API_ROUTES.authPassword, body));
  }
}
