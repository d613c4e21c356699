import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type CreateDutyRosterRequest,
  type CreateDutySubsidySheetRequest,
  type DecideDutySwapRequest,
  type DeclareUnavailabilityRequest,
  type DefaultPeriodsResult,
  type DutyCheckOutRequest,
  type DutyMemberView,
  type DutyReportDueRow,
  type DutyReportPage,
  type DutyReportView,
  type DutyRosterPage,
  type DutyRosterView,
  type DutyShiftView,
  type DutySubsidyRateRequest,
  type DutySubsidyRateView,
  type DutySubsidySheetView,
  type DutySwapView,
  type DutyUnavailabilityView,
  type OrgUnitSummary,
  type RequestDutySwapRequest,
  type ReturnEscortPage,
  type ReturnEscortRequest,
  type ReturnEscortView,
  type SensitivePeriodRequest,
  type SensitivePeriodView,
  type SubmitDutyReportRequest,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

/** The duty API (值班): periods, rosters, shifts, reports, swaps, subsidies and escorts. */
@Injectable({ providedIn: 'root' })
export class DutyApi {
  private readonly http = inject(HttpClient);

  units(): Promise<OrgUnitSummary[]> {
    return firstValueFrom(this.http.get<OrgUnitSummary[]>(API_ROUTES.orgUnits));
  }

  periods(year?: number): Promise<SensitivePeriodView[]> {
    const params = year ? new HttpParams().set('year', year) : undefined;
    return firstValueFrom(this.http.get<SensitivePeriodView[]>(API_ROUTES.dutyPeriods, { params }));
  }

  addDefaultPeriods(year: number): Promise<DefaultPeriodsResult> {
    return firstValueFrom(this.http.post<DefaultPeriodsResult>(`${API_ROUTES.dutyPeriods}/defaults`, { year }));
  }

  savePeriod(id: string | null, body: SensitivePeriodRequest): Promise<SensitivePeriodView> {
    return firstValueFrom(id ? this.http.put<SensitivePeriodView>(`${API_ROUTES.dutyPeriods}/${id}`, body) : this.http.post<SensitivePeriodView>(API_ROUTES.dutyPeriods, body));
  }

  deletePeriod(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${API_ROUTES.dutyPeriods}/${id}`));
  }

  members(unitId: string): Promise<DutyMemberView[]> {
    return firstValueFrom(this.http.get<DutyMemberView[]>(API_ROUTES.dutyMembers, { params: { unitId } }));
  }

  rosters(unitId: string, cursor?: string): Promise<DutyRosterPage> {
    return firstValueFrom(this.http.get<DutyRosterPage>(API_ROUTES.dutyRosters, { params: { unitId, ...(cursor ? { cursor } : {}) } }));
  }

  generateRoster(body: CreateDutyRosterRequest): Promise<DutyRosterView> {
    return firstValueFrom(this.http.post<DutyRosterView>(API_ROUTES.dutyRosters, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } }));
  }

  moveRoster(id: string, to: 'publish' | 'close'): Promise<DutyRosterView> {
    return firstValueFrom(this.http.post<DutyRosterView>(`${API_ROUTES.dutyRosters}/${id}/${to}`, {}));
  }

  month(unitId: string, month: string): Promise<DutyShiftView[]> {
    return firstValueFrom(this.http.get<DutyShiftView[]>(API_ROUTES.dutyShifts, { params: { unitId, month } }));
  }

  currentShifts(): Promise<DutyShiftView[]> {
    return firstValueFrom(this.http.get<DutyShiftView[]>(`${API_ROUTES.dutyShifts}/current`));
  }

  checkIn(id: string): Promise<DutyShiftView> {
    return firstValueFrom(this.http.post<DutyShiftView>(`${API_ROUTES.dutyShifts}/${id}/check-in`, {}));
  }

  checkOut(id: string, body: DutyCheckOutRequest): Promise<DutyShiftView> {
    return firstValueFrom(this.http.post<DutyShiftView>(`${API_ROUTES.dutyShifts}/${id}/check-out`, body));
  }

  submitReport(body: SubmitDutyReportRequest, key: string): Promise<DutyReportView> {
    return firstValueFrom(this.http.post<DutyReportView>(API_ROUTES.dutyReports, body, { headers: { 'Idempotency-Key': key } }));
  }

  /** Where the caller's unit's report for the day stands (the filed report, who and when). */
  reportDay(date: string): Promise<DutyReportDueRow> {
    return firstValueFrom(this.http.get<DutyReportDueRow>(`${API_ROUTES.dutyReports}/day`, { params: { date } }));
  }

  /** The unit's filed 日报/零报告, newest first (withdrawn ones are not listed). */
  reports(unitId: string, cursor?: string): Promise<DutyReportPage> {
    return firstValueFrom(this.http.get<DutyReportPage>(API_ROUTES.dutyReports, { params: { unitId, ...(cursor ? { cursor } : {}) } }));
  }

  /** 撤销 of one's own report within the undo window; answers the day's state afterwards. */
  withdrawReport(id: string): Promise<DutyReportDueRow> {
    return firstValueFrom(this.http.post<DutyReportDueRow>(`${API_ROUTES.dutyReports}/${id}/withdraw`, {}));
  }

  reportsDue(date: string): Promise<DutyReportDueRow[]> {
    return firstValueFrom(this.http.get<DutyReportDueRow[]>(`${API_ROUTES.dutyReports}/due`, { params: { date } }));
  }

  swaps(): Promise<DutySwapView[]> {
    return firstValueFrom(this.http.get<DutySwapView[]>(API_ROUTES.dutySwaps));
  }

  requestSwap(body: RequestDutySwapRequest): Promise<DutySwapView> {
    return firstValueFrom(this.http.post<DutySwapView>(API_ROUTES.dutySwaps, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } }));
  }

  decideSwap(id: string, body: DecideDutySwapRequest): Promise<DutySwapView> {
    return firstValueFrom(this.http.post<DutySwapView>(`${API_ROUTES.dutySwaps}/${id}/decision`, body));
  }

  unavailability(unitId: string): Promise<DutyUnavailabilityView[]> {
    return firstValueFrom(this.http.get<DutyUnavailabilityView[]>(API_ROUTES.dutyUnavailability, { params: { unitId } }));
  }

  declareUnavailability(body: DeclareUnavailabilityRequest, key: string): Promise<DutyUnavailabilityView> {
    return firstValueFrom(this.http.post<DutyUnavailabilityView>(API_ROUTES.dutyUnavailability, body, { headers: { 'Idempotency-Key': key } }));
  }

  withdrawUnavailability(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${API_ROUTES.dutyUnavailability}/${id}`));
  }

  subsidyRates(): Promise<DutySubsidyRateView[]> {
    return firstValueFrom(this.http.get<DutySubsidyRateView[]>(API_ROUTES.dutySubsidyRates));
  }

  /** Answers with every rate in force after the addition. */
  addSubsidyRate(body: DutySubsidyRateRequest): Promise<DutySubsidyRateView[]> {
    return firstValueFrom(this.http.post<DutySubsidyRateView[]>(API_ROUTES.dutySubsidyRates, body));
  }

  subsidySheets(): Promise<DutySubsidySheetView[]> {
    return firstValueFrom(this.http.get<DutySubsidySheetView[]>(API_ROUTES.dutySubsidySheets));
  }

  createSubsidySheet(body: CreateDutySubsidySheetRequest): Promise<DutySubsidySheetView> {
    return firstValueFrom(this.http.post<DutySubsidySheetView>(API_ROUTES.dutySubsidySheets, body, { headers: { 'Idempotency-Key': crypto.randomUUID() } }));
  }

  approveSubsidySheet(id: string): Promise<DutySubsidySheetView> {
    return firstValueFrom(this.http.post<DutySubsidySheetView>(`${API_ROUTES.dutySubsidySheets}/${id}/approve`, {}));
  }

  escorts(cursor?: string): Promise<ReturnEscortPage> {
    return firstValueFrom(this.http.get<ReturnEscortPage>(API_ROUTES.returnEscorts, { params: cursor ? { cursor } : {} }));
  }

  createEscort(body: ReturnEscortRequest, key: string): Promise<ReturnEscortView> {
    return firstValueFrom(this.http.post<ReturnEscortView>(API_ROUTES.returnEscorts, body, { headers: { 'Idempotency-Key': key } }));
  }

  updateEscort(id: string, body: ReturnEscortRequest): Promise<ReturnEscortView> {
    return firstValueFrom(this.http.put<ReturnEscortView>(`${API_ROUTES.returnEscorts}/${id}`, body));
  }
}
