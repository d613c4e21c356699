import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  type BudgetMonitoringView,
  type BudgetProjectSummary,
  type BudgetProjectView,
  type BudgetSpendingView,
  type CreateBudgetMonitoringRequest,
  type CreateBudgetSpendingRequest,
  type GoalImportReport,
  type GoalRowView,
  type SaveSelfEvaluationRequest,
  type SelfEvaluationView,
  type UpdateGoalRowRequest,
} from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

/** 预算绩效: projects, their scorecards and spending, monitoring and self-evaluation. */
@Injectable({ providedIn: 'root' })
export class BudgetApi {
  private readonly http = inject(HttpClient);

  projects(year?: number): Promise<BudgetProjectSummary[]> {
    return firstValueFrom(this.http.get<BudgetProjectSummary[]>(API_ROUTES.budgetProjects, { params: year ? { year } : {} }));
  }

  project(id: string): Promise<BudgetProjectView> {
    return firstValueFrom(this.http.get<BudgetProjectView>(`${API_ROUTES.budgetProjects}/${id}`));
  }

  spending(id: string): Promise<BudgetSpendingView[]> {
    return firstValueFrom(this.http.get<BudgetSpendingView[]>(`${API_ROUTES.budgetProjects}/${id}/spending`));
  }

  addSpending(id: string, body: CreateBudgetSpendingRequest, key: string): Promise<BudgetSpendingView> {
    return firstValueFrom(this.http.post<BudgetSpendingView>(`${API_ROUTES.budgetProjects}/${id}/spending`, body, { headers: new HttpHeaders({ 'Idempotency-Key': key }) }));
  }

  updateRow(id: string, rowId: string, body: UpdateGoalRowRequest): Promise<GoalRowView> {
    return firstValueFrom(this.http.put<GoalRowView>(`${API_ROUTES.budgetProjects}/${id}/goal-rows/${rowId}`, body));
  }

  importGoalTable(id: string, file: File): Promise<GoalImportReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.post<GoalImportReport>(`${API_ROUTES.budgetProjects}/${id}/goal-table`, body));
  }

  monitoring(id: string): Promise<BudgetMonitoringView[]> {
    return firstValueFrom(this.http.get<BudgetMonitoringView[]>(`${API_ROUTES.budgetProjects}/${id}/monitoring`));
  }

  addMonitoring(id: string, body: CreateBudgetMonitoringRequest): Promise<BudgetMonitoringView> {
    return firstValueFrom(this.http.post<BudgetMonitoringView>(`${API_ROUTES.budgetProjects}/${id}/monitoring`, body));
  }

  selfEvaluation(id: string): Promise<SelfEvaluationView> {
    return firstValueFrom(this.http.get<SelfEvaluationView>(`${API_ROUTES.budgetProjects}/${id}/self-evaluation`));
  }

  saveSelfEvaluation(id: string, body: SaveSelfEvaluationRequest): Promise<SelfEvaluationView> {
    return firstValueFrom(this.http.put<SelfEvaluationView>(`${API_ROUTES.budgetProjects}/${id}/self-evaluation`, body));
  }

  exportSelfEvaluation(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API_ROUTES.budgetProjects}/${id}/self-evaluation/export`, { responseType: 'blob' }));
  }
}
