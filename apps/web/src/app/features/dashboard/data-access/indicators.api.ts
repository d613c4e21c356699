import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type IndicatorDashboard,
  type IndicatorDrillDown,
  type IndicatorTrend,
  type OrgUnitDetail,
  TOWNSHIP_LEVEL_TYPES,
  type TownshipComparison,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

const params = (values: Record<string, string | number | null | undefined>): HttpParams =>
  Object.entries(values).reduce((p, [key, value]) => (value === null || value === undefined || value === '' ? p : p.set(key, value)), new HttpParams());

/** 指标: snapshots for the dashboard, comparisons, trends and the records behind a figure. */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  dashboard(period: string, unitId: string | null): Promise<IndicatorDashboard> {
    return firstValueFrom(this.http.get<IndicatorDashboard>(`${API_ROUTES.indicators}/dashboard`, { params: params({ period, unitId }) }));
  }

  townships(code: string, period: string): Promise<TownshipComparison> {
    return firstValueFrom(this.http.get<TownshipComparison>(`${API_ROUTES.indicators}/${encodeURIComponent(code)}/townships`, { params: params({ period }) }));
  }

  trend(code: string, unitId: string | null, year: number): Promise<IndicatorTrend> {
    return firstValueFrom(this.http.get<IndicatorTrend>(`${API_ROUTES.indicators}/${encodeURIComponent(code)}/trend`, { params: params({ unitId, year }) }));
  }

  records(code: string, period: string | null, unitId: string | null): Promise<IndicatorDrillDown> {
    return firstValueFrom(this.http.get<IndicatorDrillDown>(`${API_ROUTES.indicators}/${encodeURIComponent(code)}/records`, { params: params({ period, unitId }) }));
  }

  /** ADMIN: marks the period's snapshots (or the whole year's) for recomputation by the worker. */
  recompute(period: string): Promise<{ marked: number }> {
    return firstValueFrom(this.http.post<{ marked: number }>(`${API_ROUTES.indicators}/recompute`, { period }));
  }

  /** The units one can pick: the county, then the townships in the org order. */
  async statisticalUnits(): Promise<OrgUnitDetail[]> {
    const units = await firstValueFrom(this.http.get<OrgUnitDetail[]>(API_ROUTES.orgUnits));
    const township = (u: OrgUnitDetail): boolean => (TOWNSHIP_LEVEL_TYPES as readonly string[]).includes(u.type);
    return [...units.filter((u) => u.type === 'COUNTY'), ...units.filter(township).sort((a, b) => a.sortOrder - b.sortOrder)].filter((u) => !u.retired);
  }
}
