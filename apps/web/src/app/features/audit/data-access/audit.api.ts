import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type AuditLogListResponse, type AuditLogQuery } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const toParams = (query: AuditLogQuery): HttpParams =>
  Object.entries(query).reduce((params, [key, value]) => (value ? params.set(key, String(value)) : params), new HttpParams());

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditLogQuery, before: string | null, limit = 50): Promise<AuditLogListResponse> {
    let params = toParams(query).set('limit', limit);
    if (before) params = params.set('before', before);
    return firstValueFrom(this.http.get<AuditLogListResponse>(API_ROUTES.auditLogs, { params }));
  }

  /** The .xlsx export as a file (fetched with the bearer token, then saved by the browser). */
  export(query: AuditLogQuery): Promise<Blob> {
    return firstValueFrom(this.http.get(API_ROUTES.auditLogsExport, { params: toParams(query), responseType: 'blob' }));
  }
}
