import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type AuditLogListResponse, type AuditLogQuery } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';
import { toHttpParams } from '../../../core/download';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditLogQuery, before: string | null, limit = 50): Promise<AuditLogListResponse> {
    let params = toHttpParams(query).set('limit', limit);
    if (before) params = params.set('before', before);
    return firstValueFrom(this.http.get<AuditLogListResponse>(API_ROUTES.auditLogs, { params }));
  }

  /** The .xlsx export as a file (fetched with the bearer token, then saved by the browser). */
  export(query: AuditLogQuery): Promise<Blob> {
    return firstValueFrom(this.http.get(API_ROUTES.auditLogsExport, { params: toHttpParams(query), responseType: 'blob' }));
  }
}
