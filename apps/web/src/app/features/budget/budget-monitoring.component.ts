import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { BudgetMonitoringRowRequest, BudgetMonitoringView, BudgetProjectView, DeviationCauseCode, MonitoringLikelihoodCode } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { monitoringErrors, monitoringRowField } from './budget-forms';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { CardListDirective } from '../../core/list/card-list.directive';

/** The controls of each goal row that can show a problem. */
const MONITORING_ROW_FIELDS = ['actualToDate', 'causeCategory', 'causeText', 'measures'] as const;

interface DraftRow extends BudgetMonitoringRowRequest {
  position: number;
  name: string;
  targetText: string;
  actualToDate: string;
}

/**
 * 绩效运行监控 form (DOMAIN.md §6.4): as-of date and forecast, and per goal row its execution so
 * far and 完成目标可能性; 有可能/不可能 open the cause category, cause and measures, which the API
 * requires. Starts from the newest saved record, so a second monitoring round edits the first.
 */
@Component({
  selector: 'app-budget-monitoring',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    DecimalPipe,
    DatePipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSelectModule,
    NzTableModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './budget-monitoring.component.html',
  styles: [
    'nz-alert { display: block; margin-bottom: 12px; } .head { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-end; margin-bottom: 12px; }',
    '.head app-form-field ::ng-deep nz-form-item { margin-bottom: 0; } .cell app-form-field ::ng-deep nz-form-item { margin-bottom: 0; }',
    'nz-radio-group { display: block; margin-top: 4px; white-space: nowrap; } .muted { color: rgba(0,0,0,.5); font-size: 12px; } nz-select { width: 150px; } textarea { min-width: 140px; }',
  ],
})
export class BudgetMonitoringComponent implements OnInit {
  private readonly api = inject(BudgetApi);
  readonly project = input.required<BudgetProjectView>();
  protected readonly labels = BUDGET_LABELS.monitoring;
  protected readonly likelihoods = Object.entries(this.labels.likelihoods) as [MonitoringLikelihoodCode, string][];
  protected readonly causes = Object.entries(this.labels.causes) as [DeviationCauseCode, string][];
  protected readonly last = signal<BudgetMonitoringView | null>(null);
  protected readonly rows = signal<DraftRow[]>([]);
  /** Loading the last report (error at the top); 保存监控表 (error under the button, below the long table). */
  protected readonly loading = new ActionState();
  protected readonly notice = signal<string | null>(null);
  protected readonly field = monitoringRowField;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly saving = new FormErrors({
    // The controls: the head's two, then each goal row's.
    fields: () => ['asOf', 'forecastYuan', ...this.rows().flatMap((g) => MONITORING_ROW_FIELDS.map((f) => monitoringRowField(g.position, f)))],
    check: () => monitoringErrors(this.asOf, this.forecastYuan, this.project().year, this.rows()),
    host: () => this.host,
    injector: inject(Injector),
  });
  protected asOf = '';
  protected forecastYuan: number | null = null;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const p = this.project();
    await this.loading.run(async () => {
      const [last] = await this.api.monitoring(p.id);
      this.last.set(last ?? null);
      const previous = new Map((last?.rows ?? []).map((r) => [r.goalRowId, r]));
      this.asOf = last?.asOf ?? `${p.year}-06-30`;
      this.forecastYuan = last?.forecastYuan ?? p.budgetYuan;
      this.rows.set(
        p.rows.map((g) => {
          const r = previous.get(g.id);
          return {
            goalRowId: g.id,
            position: g.position,
            name: g.name,
            targetText: g.targetText,
            actualToDate: r?.actualToDate ?? '',
            likelihood: r?.likelihood ?? 'CERTAIN',
            causeCategory: r?.causeCategory ?? null,
            causeText: r?.causeText ?? '',
            measures: r?.measures ?? '',
          };
        }),
      );
    });
  }

  protected async save(): Promise<void> {
    this.notice.set(null);
    const rows = this.rows().map(({ goalRowId, actualToDate, likelihood, causeCategory, causeText, measures }) => ({
      goalRowId,
      actualToDate,
      likelihood,
      causeCategory,
      causeText,
      measures,
    }));
    const saved = await this.saving.submit(async () => {
      this.last.set(await this.api.addMonitoring(this.project().id, { asOf: this.asOf, forecastYuan: this.forecastYuan ?? 0, rows }));
    });
    if (saved) this.notice.set(this.labels.saved);
  }
}
