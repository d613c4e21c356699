import { ChangeDetectionStrategy, Component, effect, type ElementRef, inject, Injector, input, output, untracked, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { GoalRowView, QualitativeGradeCode } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { modalOf } from '../workflow/modal-of';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';
import { GOAL_ACTUAL_FIELDS, goalActualErrors, type GoalActualForm, goalActualRequestOf } from './goal-actual-form';

/**
 * 录入实际完成值 of a goal row measured by hand: a number for a quantitative row, 达成 / 部分达成 /
 * 未达成 for a qualitative one, always with its evidence (the API refuses an actual without it).
 */
@Component({
  selector: 'app-goal-actual-dialog',
  imports: [FormErrorsComponent, FormFieldComponent, FormsModule, NzButtonModule, NzFormModule, NzInputModule, NzInputNumberModule, NzModalModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="row() !== null" [nzTitle]="labels.title(row()?.name ?? '')" [nzFooter]="footer" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (row(); as r) {
          <form #formEl nz-form nzLayout="vertical" (ngSubmit)="save()" [attr.aria-label]="labels.title(r.name)" data-testid="actual-form">
            <p class="muted">{{ budget.target }}：{{ r.targetText }}</p>
            @if (form.qualitative) {
              <app-form-field [form]="f" field="manualGrade" [label]="labels.grade" for="actual-grade">
                <nz-radio-group
                  id="actual-grade"
                  role="radiogroup"
                  [attr.aria-label]="labels.grade"
                  name="manualGrade"
                  [(ngModel)]="form.manualGrade"
                  (ngModelChange)="f.edited('manualGrade'); f.edited('evidence')"
                  data-testid="actual-grade"
                >
                  @for (g of grades; track g[0]) {
                    <label nz-radio-button [nzValue]="g[0]">{{ g[1] }}</label>
                  }
                </nz-radio-group>
              </app-form-field>
            } @else {
              <app-form-field [form]="f" field="manualActual" [label]="labels.value + '（' + (r.unit ?? '') + '）'" for="actual-value">
                <nz-input-number
                  nzId="actual-value"
                  name="manualActual"
                  [(ngModel)]="form.manualActual"
                  (ngModelChange)="f.edited('manualActual'); f.edited('evidence')"
                  [nzMin]="0"
                  [nzPlaceHolder]="labels.value"
                  data-testid="actual-value"
                />
              </app-form-field>
            }
            <app-form-field [form]="f" field="evidence" [label]="labels.evidence" for="actual-evidence">
              <textarea
                nz-input
                id="actual-evidence"
                rows="3"
                name="evidence"
                [(ngModel)]="form.evidence"
                (ngModelChange)="f.edited('evidence')"
                [placeholder]="labels.evidencePlaceholder"
                data-testid="actual-evidence"
              ></textarea>
            </app-form-field>
          </form>
        }
      </ng-container>
    </nz-modal>
    <ng-template #footer>
      <app-form-errors class="footer-errors" [form]="f" testId="actual-error" />
      <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
      <button nz-button nzType="primary" type="button" [nzLoading]="f.busy()" (click)="save()" data-testid="actual-save">{{ labels.save }}</button>
    </ng-template>
  `,
  styles: [
    '.muted { color: rgba(0,0,0,.5); margin: 0 0 12px; } app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } nz-input-number { width: 200px; max-width: 100%; } .footer-errors { text-align: left; margin-bottom: 8px; }',
  ],
})
export class GoalActualDialogComponent {
  private readonly api = inject(BudgetApi);
  readonly projectId = input.required<string>();
  readonly row = input<GoalRowView | null>(null);
  readonly saved = output<void>();
  readonly closed = output<void>();
  protected readonly labels = BUDGET_LABELS.actualEntry;
  protected readonly budget = BUDGET_LABELS;
  protected readonly grades = Object.entries(BUDGET_LABELS.grades) as [QualitativeGradeCode, string][];
  protected form: GoalActualForm = { qualitative: false, manualActual: null, manualGrade: null, evidence: '' };
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  /** 保存's problems under their controls (the missing evidence under 依据), the API's refusal of the whole above the footer's buttons. */
  protected readonly f = new FormErrors({
    fields: GOAL_ACTUAL_FIELDS,
    check: () => goalActualErrors(this.form),
    host: () => modalOf(this.formEl()),
    injector: inject(Injector),
  });

  constructor() {
    effect(() => {
      const r = this.row();
      this.form = { qualitative: r?.operator === '定性', manualActual: r?.manualActual ?? null, manualGrade: r?.manualGrade ?? null, evidence: r?.evidence ?? '' };
      untracked(() => this.f.reset());
    });
  }

  protected async save(): Promise<void> {
    const r = this.row();
    if (!r) return;
    await this.f.submit(async () => {
      await this.api.updateRow(this.projectId(), r.id, goalActualRequestOf(this.form));
      this.saved.emit();
    });
  }
}
