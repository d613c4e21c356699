import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { BUDGET_SPENDING_SOURCE_LABELS, type BudgetProjectView, type BudgetSpendingView, type GoalRowView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { emptySpending, SPENDING_FIELDS, spendingErrors } from './budget-forms';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetMonitoringComponent } from './budget-monitoring.component';
import { BudgetApi } from './data-access/budget.api';
import { GoalActualDialogComponent } from './goal-actual-dialog.component';
import { GoalImportComponent } from './goal-import.component';
import { SelfEvaluationComponent } from './self-evaluation.component';
import { SpendingCurveComponent } from './spending-curve.component';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { CardListDirective } from '../../core/list/card-list.directive';

/** One project's scorecard: its goal rows against their targets, and spending against the plan. */
@Component({
  selector: 'app-budget-project-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    RouterLink,
    DecimalPipe,
    NzCardModule,
    NzDescriptionsModule,
    NzTableModule,
    NzTagModule,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzTooltipModule,
    NzTabsModule,
    SpendingCurveComponent,
    BudgetMonitoringComponent,
    SelfEvaluationComponent,
    GoalImportComponent,
    GoalActualDialogComponent,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './budget-project.page.html',
  styles: [
    'nz-card { margin-bottom: 16px; } nz-alert { display: block; margin-bottom: 12px; } .muted { color: rgba(0,0,0,.5); font-size: 12px; }',
    '.met { color: #389e0d; font-weight: 600; } .unmet { color: #cf1322; font-weight: 600; } tr.flagged td { background: #fffbe6; }',
    '.spend-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); column-gap: 12px; margin-bottom: 12px; } .spend-form app-form-field ::ng-deep nz-form-item { margin-bottom: 8px; } .spend-form .desc, .spend-actions { grid-column: 1 / -1; } .spend-form nz-input-number, .spend-form app-date-field { width: 100%; }',
  ],
})
export class BudgetProjectPage implements OnInit {
  private readonly api = inject(BudgetApi);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly labels = BUDGET_LABELS;
  protected readonly sourceLabels = BUDGET_SPENDING_SOURCE_LABELS;
  protected readonly project = signal<BudgetProjectView | null>(null);
  protected readonly spending = signal<BudgetSpendingView[]>([]);
  /** Loading the project (error at the top); 登记支出 (error under its form). */
  protected readonly loading = new ActionState();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly saving = new FormErrors({
    fields: SPENDING_FIELDS,
    check: () => spendingErrors(this.draft, this.project()?.year ?? 0),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="spending-form"]') ?? this.host,
    injector: inject(Injector),
  });
  /** The goal row whose manual actual is being entered. */
  protected readonly editing = signal<GoalRowView | null>(null);
  protected draft = emptySpending();

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.loading.run(async () => {
      const [project, spending] = await Promise.all([this.api.project(this.id), this.api.spending(this.id)]);
      this.project.set(project);
      this.spending.set(spending);
    });
  }

  protected async addSpending(): Promise<void> {
    const { spentOn, amountYuan, description } = this.draft;
    const done = await this.saving.submit(() => this.api.addSpending(this.id, { spentOn, amountYuan: amountYuan ?? 0, description: description.trim() }, crypto.randomUUID()));
    if (!done) return;
    this.draft = emptySpending();
    this.saving.reset();
    await this.load();
  }

  protected async actualSaved(): Promise<void> {
    this.editing.set(null);
    await this.load();
  }

  /** The value shown in the actual column, with its unit. */
  protected actualText(r: GoalRowView): string {
    if (r.operator === '定性') return r.manualGrade ? this.labels.grades[r.manualGrade] : this.labels.noActual;
    if (r.actual === null) return r.indicatorCode && r.actualSource === 'NONE' ? this.labels.noData : this.labels.noActual;
    return `${r.actual}${r.unit ?? ''}`;
  }

  protected sourceText(r: GoalRowView): string {
    if (r.indicatorCode === 'SPENDING_PROGRESS') return this.labels.sourceSpending;
    if (r.indicatorCode) return `${this.labels.sourceIndicator}：${r.indicatorName ?? r.indicatorCode}${r.indicatorWarning ? `（⚠ ${r.indicatorWarning}）` : ''}`;
    return this.labels.sourceManual;
  }

  protected flagText(r: GoalRowView): string {
    return r.flags.map((f) => this.labels.flags[f]).join('；');
  }
}
