import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { GoalRowView, QualitativeGradeCode } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { BUDGET_LABELS } from './budget.labels';
import { BudgetApi } from './data-access/budget.api';

/**
 * 录入实际完成值 of a goal row measured by hand: a number for a quantitative row, 达成 / 部分达成 /
 * 未达成 for a qualitative one, always with its evidence (the API refuses an actual without it).
 */
@Component({
  selector: 'app-goal-actual-dialog',
  imports: [ActionErrorComponent, FormsModule, NzButtonModule, NzInputModule, NzInputNumberModule, NzModalModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="row() !== null" [nzTitle]="labels.title(row()?.name ?? '')" [nzFooter]="footer" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (row(); as r) {
          <p class="muted">{{ budget.target }}：{{ r.targetText }}</p>
          @if (r.operator === '定性') {
            <p>{{ labels.grade }}</p>
            <nz-radio-group role="radiogroup" [attr.aria-label]="labels.grade" [(ngModel)]="grade" name="grade">
              @for (g of grades; track g[0]) {
                <label nz-radio-button [nzValue]="g[0]">{{ g[1] }}</label>
              }
            </nz-radio-group>
          } @else {
            <p><label for="actual-value-input">{{ labels.value }}（{{ r.unit ?? '' }}）</label></p>
            <nz-input-number nzId="actual-value-input" [(ngModel)]="value" name="value" [nzMin]="0" [nzPlaceHolder]="labels.value" data-testid="actual-value" />
          }
          <p>{{ labels.evidence }}</p>
          <textarea nz-input rows="3" [(ngModel)]="evidence" name="evidence" [placeholder]="labels.evidencePlaceholder" [attr.aria-label]="labels.evidence" data-testid="actual-evidence"></textarea>
        }
        <app-action-error [state]="saving" testId="actual-error" />
      </ng-container>
    </nz-modal>
    <ng-template #footer>
      <button nz-button (click)="closed.emit()">{{ labels.cancel }}</button>
      <button nz-button nzType="primary" [nzLoading]="saving.busy()" (click)="save()" data-testid="actual-save">{{ labels.save }}</button>
    </ng-template>
  `,
  styles: ['.muted { color: rgba(0,0,0,.5); } p { margin: 12px 0 4px; } nz-input-number { width: 200px; }'],
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
  /** 保存: its error at the bottom of the dialog, just above the footer's button. */
  protected readonly saving = new ActionState();
  protected value: number | null = null;
  protected grade: QualitativeGradeCode | null = null;
  protected evidence = '';

  constructor() {
    effect(() => {
      const r = this.row();
      this.value = r?.manualActual ?? null;
      this.grade = r?.manualGrade ?? null;
      this.evidence = r?.evidence ?? '';
      untracked(() => this.saving.clear());
    });
  }

  protected async save(): Promise<void> {
    const r = this.row();
    if (!r) return;
    await this.saving.run(async () => {
      const body = r.operator === '定性' ? { manualGrade: this.grade, evidence: this.evidence } : { manualActual: this.value, evidence: this.evidence };
      await this.api.updateRow(this.projectId(), r.id, body);
      this.saved.emit();
    });
  }
}
