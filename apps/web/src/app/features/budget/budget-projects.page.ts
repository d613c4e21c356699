import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BudgetProjectSummary } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 预算项目: each year's projects with their execution against the plan. */
@Component({
  selector: 'app-budget-projects-page',
  imports: [ActionErrorComponent, FormsModule, RouterLink, DecimalPipe, NzCardModule, NzTableModule, NzTagModule, NzSelectModule, NzAlertModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="labels.title" [nzExtra]="extra">
      <app-action-error [state]="loading" />
      <nz-table appCardList #t [nzData]="shown()" nzSize="middle" [nzFrontPagination]="false" [nzShowPagination]="false" data-testid="budget-projects">
        <thead>
          <tr>
            <th>{{ labels.code }}</th>
            <th>{{ labels.name }}</th>
            <th nzAlign="right">{{ labels.budgetWan }}</th>
            <th nzAlign="right">{{ labels.executedWan }}</th>
            <th nzAlign="right">{{ labels.executionRate }}</th>
            <th>{{ labels.planStatus }}</th>
            <th nzAlign="right">{{ labels.goalRows }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of t.data; track p.id) {
            <tr>
              <td class="code" translate="no">{{ p.code }}</td>
              <td><a [routerLink]="['/budget/projects', p.id]" [attr.data-testid]="'project-' + p.code">{{ p.name }}</a></td>
              <td nzAlign="right">{{ p.budgetYuan / 10000 | number: '1.2-2' }}</td>
              <td nzAlign="right">{{ p.execution.executedYuan / 10000 | number: '1.2-2' }}</td>
              <td nzAlign="right">{{ p.execution.executionPercent === null ? '—' : (p.execution.executionPercent | number: '1.0-2') + '%' }}</td>
              <td>
                @switch (p.execution.alert) {
                  @case ('MISSED') { <nz-tag nzColor="red">{{ labels.alertMissed }}</nz-tag> }
                  @case ('DUE_SOON') { <nz-tag nzColor="orange">{{ labels.alertDueSoon }}</nz-tag> }
                  @default { <nz-tag nzColor="green">{{ labels.onPlan }}</nz-tag> }
                }
              </td>
              <td nzAlign="right">
                {{ p.goalRows }}
                @if (p.flaggedRows > 0) {
                  <nz-tag nzColor="orange">{{ p.flaggedRows }} {{ labels.flagged }}</nz-tag>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <p class="total">{{ labels.total }} {{ totalWan() | number: '1.2-2' }} {{ labels.wan }}</p>
    </nz-card>
    <ng-template #extra>
      <label for="budget-year" class="year-label">{{ labels.year }}</label>
      <nz-select nzId="budget-year" [ngModel]="year()" (ngModelChange)="year.set($event)" [nzOptions]="yearOptions()" style="width: 110px" data-testid="budget-year" />
    </ng-template>
  `,
  styles: [
    '.code { font-family: monospace; font-size: 12px; } .total { margin-top: 12px; color: rgba(0,0,0,.65); } nz-alert { margin-bottom: 12px; display: block; } .year-label { margin-right: 8px; }',
  ],
})
export class BudgetProjectsPage implements OnInit {
  private readonly api = inject(BudgetApi);
  protected readonly labels = BUDGET_LABELS;
  protected readonly projects = signal<BudgetProjectSummary[]>([]);
  protected readonly year = signal<number | null>(null);
  protected readonly loading = new ActionState();
  protected readonly yearOptions = computed(() => [...new Set(this.projects().map((p) => p.year))].map((y) => ({ label: `${y}年`, value: y })));
  protected readonly shown = computed(() => this.projects().filter((p) => p.year === this.year()));
  protected readonly totalWan = computed(() => this.shown().reduce((s, p) => s + p.budgetYuan, 0) / 10000);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      const projects = await this.api.projects();
      this.projects.set(projects);
      this.year.set(projects[0]?.year ?? null);
    });
  }
}
