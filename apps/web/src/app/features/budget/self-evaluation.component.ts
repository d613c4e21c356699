import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { BudgetProjectView, QualitativeGradeCode, SelfEvaluationRowView, SelfEvaluationView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { saveFile } from '../../core/download';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { evaluationErrors, evaluationRowField } from './budget-forms';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

const GRADE_COLORS: Record<SelfEvaluationView['grade'], string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };

/**
 * 绩效自评 tab (DOMAIN.md §6.5): the score sheet as the API computes it — a draft from the live
 * scorecard until saved, then the saved snapshot — with the evaluator's inputs per row (not
 * applicable, grade and percentage of a qualitative row, deviation reason), save and 导出.
 */
@Component({
  selector: 'app-self-evaluation',
  imports: [
    InputLabelDirective,
    ActionErrorComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    DecimalPipe,
    DatePipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './self-evaluation.component.html',
  styles: [
    'nz-alert { display: block; margin-bottom: 12px; } .muted { color: rgba(0,0,0,.5); font-size: 12px; } .total { font-size: 16px; margin: 12px 0; }',
    '.actions { display: flex; gap: 8px; margin-top: 12px; } nz-select { width: 120px; margin-right: 6px; } nz-input-number { width: 90px; } .grade { white-space: nowrap; } td app-form-field ::ng-deep nz-form-item { margin-bottom: 0; } .grade app-form-field { display: inline-flex; vertical-align: top; } tr.na td { color: rgba(0,0,0,.35); }',
  ],
})
export class SelfEvaluationComponent implements OnInit {
  private readonly api = inject(BudgetApi);
  readonly project = input.required<BudgetProjectView>();
  protected readonly labels = BUDGET_LABELS.evaluation;
  protected readonly gradeLabels = BUDGET_LABELS.grades;
  protected readonly grades = Object.entries(BUDGET_LABELS.grades) as [QualitativeGradeCode, string][];
  protected readonly gradeColors = GRADE_COLORS;
  protected readonly view = signal<SelfEvaluationView | null>(null);
  /** Loading (its error at the top), 保存自评 and 导出 (their errors under the buttons). */
  protected readonly loading = new ActionState();
  protected readonly field = evaluationRowField;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly saving = new FormErrors({
    // The controls that can show a problem: each row's share and evidence.
    fields: () => (this.view()?.rows ?? []).flatMap((_, i) => [evaluationRowField(i, 'percent'), evaluationRowField(i, 'evidence')]),
    check: () => evaluationErrors(this.view()?.rows ?? []),
    host: () => this.host,
    injector: inject(Injector),
  });
  protected readonly exporting = new ActionState();
  protected summary = '';

  ngOnInit(): void {
    void this.loading.run(async () => this.show(await this.api.selfEvaluation(this.project().id)));
  }

  protected save(): Promise<boolean> {
    const v = this.view();
    if (!v) return Promise.resolve(false);
    const rows = v.rows.map((r) => ({
      goalRowId: r.goalRowId,
      notApplicable: r.notApplicable,
      ...(r.direction === 'QUALITATIVE' ? { grade: r.grade, percent: r.percent } : {}),
      deviationReason: r.deviationReason,
      evidence: r.evidence,
    }));
    return this.saving.submit(async () => this.show(await this.api.saveSelfEvaluation(this.project().id, { rows, summary: this.summary })));
  }

  protected export(): Promise<boolean> {
    const p = this.project();
    return this.exporting.run(async () => saveFile(await this.api.exportSelfEvaluation(p.id), this.labels.fileName(p.name, p.year)));
  }

  protected actualText(r: SelfEvaluationRowView): string {
    if (r.direction === 'QUALITATIVE') return '';
    return r.actual === null ? BUDGET_LABELS.noActual : String(r.actual);
  }

  private show(view: SelfEvaluationView): void {
    this.view.set(view);
    this.summary = view.summary;
  }
}
