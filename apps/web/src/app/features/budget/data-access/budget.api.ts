import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, type BudgetProjectSummary, type BudgetProjectView, type BudgetSpendingView, type CreateBudgetSpendingRequest, type GoalRowView, type UpdateGoalRowRequest } from '@julu/contracts';
import { firstValueFrom } from 'rxjs';

/** 预算绩效: projects, their scorecards and spending. */
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
}
